package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Huge;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Values of any size: one of more than 4 GiB (past every 32-bit offset) is written by one JVM and read back equal by
 * the next. It is the slowest test of the suite, so it is one write and one read; its files go with its temporary
 * directory.
 */
@DisplayName("Values of any size: a value over 4 GiB persists and comes back equal")
class HugeValueIT {

    /** Four columns of 135 million doubles: 4.32 GB, more than 2^32 bytes. */
    private static final int LENGTH = 135_000_000;
    private static final long VALUE_BYTES = 4L * LENGTH * Double.BYTES;
    /** Room for the value, a copy in flight while it is read back, and G1's humongous regions. */
    private static final String HEAP = "10g";

    @TempDir
    Path cache;

    @Test
    @DisplayName("A record of four double[135_000_000] (4.32 GB) is stored in one blob file and read back by the"
                 + " next JVM without running the body, every element equal")
    void valueOverFourGibRoundTrips() throws IOException {
        long usable = Files.getFileStore(cache).getUsableSpace();
        if (usable < VALUE_BYTES + (2L << 30)) {
            fail("This test writes a %d-byte value and needs %d bytes free in %s; only %d are.", VALUE_BYTES,
                    VALUE_BYTES + (2L << 30), cache, usable);
        }
        String call = "columns:" + LENGTH;
        String expected = "4 x double[" + LENGTH + "], every element as computed";

        ForkedJvm.Result first = huge(call);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(bodyRuns(first)).as(first.toString()).containsExactly(call);
        assertThat(value(first, call)).isEqualTo(expected);
        assertThat(CacheFiles.blobs(cache, "Huge.columns")).singleElement()
                .satisfies(blob -> assertThat(Files.size(blob)).isGreaterThan(VALUE_BYTES).isGreaterThan(1L << 32));

        ForkedJvm.Result second = huge(call);

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(bodyRuns(second)).as(second.toString()).isEmpty();
        assertThat(value(second, call)).isEqualTo(expected);
        ChildStderr.assertChronicleUsedAnd(first);
        ChildStderr.assertChronicleUsedAnd(second);
    }

    private ForkedJvm.Result huge(String call) {
        return AppJvm.heavyApp(Huge.class, cache, HEAP, call).timeout(Duration.ofMinutes(5)).run();
    }
}
