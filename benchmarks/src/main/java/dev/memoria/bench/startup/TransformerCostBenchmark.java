package dev.memoria.bench.startup;

import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.transform.CachingTransformer;
import dev.memoria.agent.ui.BindingTransformer;
import dev.memoria.internal.attach.Agents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The agent's own cost per loaded class, in process: its two transformers, built as {@code premain} builds them (the
 * fork's agent's {@link Instrumentation}, the rules file loaded by {@link Rules#load}), handed one class file per
 * call as the JVM hands them those of the application class loader, cycling through a set of classes: the real
 * {@link CachingTransformer}, then the {@link BindingTransformer}, which looks for UI toolkits' classes.
 * {@link #baseline} does the same cycling and hands the bytes to JMH instead: what the harness costs per class. The
 * transformers read names and class files from a set of megabytes, where the JVM hands them freshly written ones:
 * the cost measured includes cache misses the JVM spares them. (Copying each class file as the JVM does would cost
 * far more than the transformers and bury their cost in its noise.)
 * Classes the caching transformer rewrites are left out of the set, so the average is that of classes with nothing
 * to cache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TransformerCostBenchmark {

    /** One set of class files, in a fixed order. */
    @State(Scope.Thread)
    public static class Classes {

        @Param({"generated", "jdk", "libraries"})
        public String classes;

        private final ClassLoader loader = ClassLoader.getSystemClassLoader();
        private String[] names;
        private byte[][] files;
        private int next;

        @Setup(Level.Trial)
        public void read() throws IOException {
            CachingTransformer annotationsOnly = new CachingTransformer(instrumentation(), Rules.none());
            List<String> kept = new ArrayList<>();
            List<byte[]> keptFiles = new ArrayList<>();
            List<String> rewritten = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : ClassFileSets.valueOf(classes.toUpperCase(Locale.ROOT)).read()
                    .entrySet()) {
                byte[] bytes = file.getValue();
                if (annotationsOnly.transform(loader.getUnnamedModule(), loader, file.getKey(), null, null,
                        bytes.clone()) == null) {
                    kept.add(file.getKey());
                    keptFiles.add(bytes);
                } else {
                    rewritten.add(file.getKey());
                }
            }
            names = kept.toArray(String[]::new);
            files = keptFiles.toArray(byte[][]::new);
            System.out.println(classes + ": " + names.length + " classes; left out, as the caching transformer "
                               + "rewrites them: " + rewritten);
        }

        /** The next class of the set, round and round. */
        int advance() {
            int current = next;
            next = current + 1 == names.length ? 0 : current + 1;
            return current;
        }
    }

    /** The agent's transformers, without a rules file or with one of {@code patterns} patterns that name no class. */
    @State(Scope.Thread)
    public static class Transformer {

        @Param({"0", "200"})
        public int patterns;

        private CachingTransformer caching;
        private BindingTransformer bindings;

        @Setup(Level.Trial)
        public void build() throws IOException {
            Rules rules = Rules.none();
            if (patterns > 0) {
                Path file = Files.createTempFile("startup", ".rules");
                rules = Rules.load(StartupRules.write(file, patterns));
                Files.delete(file);
            }
            caching = new CachingTransformer(instrumentation(), rules);
            bindings = new BindingTransformer(instrumentation(), rules.toolkits());
        }
    }

    @Benchmark
    public byte[] transform(Classes set, Transformer agent, Blackhole bound) {
        int i = set.advance();
        Module module = set.loader.getUnnamedModule();
        byte[] cached = agent.caching.transform(module, set.loader, set.names[i], null, null, set.files[i]);
        bound.consume(agent.bindings.transform(module, set.loader, set.names[i], null, null, set.files[i]));
        return cached;
    }

    @Benchmark
    public byte[] baseline(Classes set) {
        return set.files[set.advance()];
    }

    private static Instrumentation instrumentation() {
        return Agents.instrumentation().orElseThrow(() -> new IllegalStateException(
                "TransformerCostBenchmark runs under the Memoria agent (JmhRun adds -javaagent), for its "
                + "Instrumentation"));
    }
}
