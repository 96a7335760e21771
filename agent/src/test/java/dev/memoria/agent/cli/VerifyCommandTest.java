package dev.memoria.agent.cli;

import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.at;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    @TempDir
    Path cache;

    /** One corrupt entry (a large value whose blob file has a flipped byte) among three. */
    private void fillWithOneCorruptEntry() throws IOException {
        CacheFixture fixture = new CacheFixture(cache).storeReports(OLD, "one", new double[100_000])
                .storeReports(NEW, "two");
        try (Stream<Path> blobs = Files.list(fixture.versionDirectory(OLD).resolve("blobs"));
             RandomAccessFile blob = new RandomAccessFile(blobs.findFirst().orElseThrow().toFile(), "rw")) {
            blob.seek(10);
            blob.write(0x7F);
        }
    }

    @Test
    void intactEntriesExitWithZero() {
        new CacheFixture(cache).storeReports(OLD, "one", new double[100_000]).storeReports(NEW, "two");

        Cli.Run verify = Cli.run("verify", cache);

        assertThat(verify.exitCode()).as("%s", verify).isZero();
        assertThat(verify.out()).isEqualTo("""
                example.Reports.load(int)
                  VERSION   CHECKED  CORRUPT
                  aaaaaaaa        2        0
                  bbbbbbbb        1        0

                Checked 3 entries in 2 code versions: all intact.
                """);
    }

    @Test
    void corruptEntriesLeftInPlaceExitWithOne() throws IOException {
        fillWithOneCorruptEntry();

        Cli.Run verify = Cli.run("verify", cache);

        assertThat(verify.exitCode()).isEqualTo(MemoriaCli.EXIT_CORRUPT);
        assertThat(verify.out()).contains("  aaaaaaaa        2        1\n", "Checked 3 entries in 2 code versions: 1 corrupt.\n",
                "A corrupt entry is never served: a read drops it and recomputes it. To drop it now, run verify"
                + " --repair.\n");
        assertThat(verify.err()).isEmpty();
        assertThat(Cli.run("verify", cache).exitCode()).as("nothing was dropped").isEqualTo(MemoriaCli.EXIT_CORRUPT);
    }

    @Test
    void repairDropsThemAndExitsWithZero() throws IOException {
        fillWithOneCorruptEntry();

        Cli.Run repair = Cli.run("verify", cache, "--repair");

        assertThat(repair.exitCode()).as("%s", repair).isZero();
        assertThat(repair.out()).contains("  aaaaaaaa        2        1\n",
                "Dropped 1 corrupt entry; each is recomputed on its next call.\n");
        Cli.Run again = Cli.run("verify", cache);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Checked 2 entries in 2 code versions: all intact.");
    }

    @Test
    void jsonCountsPerVersionAndWhatRemains() throws IOException {
        fillWithOneCorruptEntry();

        Cli.Run verify = Cli.run("verify", cache, "--json");

        assertThat(verify.exitCode()).isEqualTo(MemoriaCli.EXIT_CORRUPT);
        assertThat(verify.json()).containsEntry("repair", false).containsEntry("entries", 3L)
                .containsEntry("corrupt", 1L).containsEntry("corruptRemaining", 1L);
        assertThat(objectAt(verify.json(), "methods", 0, "versions", 0)).containsEntry("fingerprint", OLD)
                .containsEntry("readable", true).containsEntry("entries", 2L).containsEntry("corrupt", 1L);
        Cli.Run repair = Cli.run("verify", cache, "--json", "--repair");
        assertThat(repair.exitCode()).isZero();
        assertThat(repair.json()).containsEntry("repair", true).containsEntry("corrupt", 1L)
                .containsEntry("corruptRemaining", 0L);
    }

    @Test
    void anUnreadableVersionExitsWithTwo() throws IOException {
        fillWithOneCorruptEntry();
        new CacheFixture(cache).breakIndex(NEW);

        Cli.Run verify = Cli.run("verify", cache, "--json");

        assertThat(verify.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(verify.err()).startsWith("Code version bbbbbbbb of example.Reports.load(int) could not be read");
        assertThat(objectAt(verify.json(), "methods", 0, "versions", 1)).containsEntry("readable", false)
                .containsEntry("entries", null);
        assertThat(at(verify.json(), "corruptRemaining")).isEqualTo(1L);
        Cli.Run text = Cli.run("verify", cache);
        assertThat(text.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(text.out()).contains("  bbbbbbbb  unreadable        -\n",
                "Checked 2 entries in 1 code version: 1 corrupt.\n",
                "1 code version could not be read (see above): what it holds is not known. Exit code 2.\n");
    }

    @Test
    void anUnreadableVersionIsNeverCalledAllIntact() {
        new CacheFixture(cache).storeReports(OLD, "one").storeReports(NEW, "two").breakIndex(NEW);

        Cli.Run verify = Cli.run("verify", cache);

        assertThat(verify.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(verify.out()).doesNotContain("all intact").contains("Checked 1 entry in 1 code version: none"
                + " corrupt.\n", "1 code version could not be read");
    }

    @Test
    void anIndexCopiedOverAnotherMethodsCountsAsCorrupt() throws IOException {
        new CacheFixture(cache).store("example.Text", "lower", CacheFixture.INT_TO_OBJECT, OLD, "abc")
                .store("example.Text", "upper", CacheFixture.INT_TO_OBJECT, OLD, "ABC");
        List<StoredVersion> versions = new CacheDirectory(cache, Reporter.jvm()).versions();
        Path lower = versions.stream().filter(v -> v.method().contains("lower")).findFirst().orElseThrow().directory();
        Path upper = versions.stream().filter(v -> v.method().contains("upper")).findFirst().orElseThrow().directory();
        Files.copy(upper.resolve("entries.cm"), lower.resolve("entries.cm"), StandardCopyOption.REPLACE_EXISTING);

        Cli.Run verify = Cli.run("verify", cache);

        assertThat(verify.exitCode()).as("%s", verify).isEqualTo(MemoriaCli.EXIT_CORRUPT);
        assertThat(verify.out()).contains("Checked 2 entries in 2 code versions: 1 corrupt.\n");
    }
}
