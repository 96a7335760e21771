package dev.memoria.bench.inputs;

import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.inputs.DeclaredInputs;
import dev.memoria.internal.key.HasherTable;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.key.KeyMaker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What declared inputs cost a call: the key of a call of a method with {@code inputs = "file:<dir>/**}{@code /*.csv"}
 * over 1 or 10,000 unchanged files of 1 KiB in 100 directories (the glob listed, every file's stamp read, no content
 * read), one declared file, and the same key without inputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeclaredInputsBenchmark {

    @Param({"1", "10000"})
    public int files;

    private Path dir;
    private KeyMaker glob;
    private KeyMaker oneFile;
    private KeyMaker none;
    private final Object[] args = {42};

    @Setup
    public void createFiles() throws IOException {
        dir = Files.createTempDirectory("memoria-inputs-bench");
        byte[] content = new byte[1024];
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        for (int i = 0; i < files; i++) {
            Path file = Files.createDirectories(dir.resolve("d" + i % 100)).resolve("f" + i + ".csv");
            Files.write(file, content);
            Files.setLastModifiedTime(file, anHourAgo); // older than the stamp's racy window: digests are reused
        }
        Path first = dir.resolve("d0/f0.csv");
        glob = keys(List.of("file:" + dir + "/**/*.csv"));
        oneFile = keys(List.of("file:" + first));
        none = keys(List.of());
        glob.keyOf(null, args); // the first call reads every file once; the benchmark measures the calls after it
        oneFile.keyOf(null, args);
    }

    private static KeyMaker keys(List<String> inputs) {
        return new KeyMaker("Bench.load(int)", List.of("year"), new boolean[]{true}, false, HasherTable.EMPTY,
                null, DeclaredInputs.parse(inputs, Reporter.jvm()));
    }

    @TearDown
    public void deleteFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public Key glob() {
        return glob.keyOf(null, args);
    }

    @Benchmark
    public Key oneFile() {
        return oneFile.keyOf(null, args);
    }

    @Benchmark
    public Key noInputs() {
        return none.keyOf(null, args);
    }
}
