package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Bounded;
import dev.memoria.it.disk.apps.Expiring;
import dev.memoria.it.disk.apps.Values;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ttl}, {@code maxEntries} and {@code maxSize} hold for what is on disk, across restarts, not only in one JVM's
 * memory. The ttl is an hour, far above any start-up time; the JVMs that stand later in the entry's life move
 * Memoria's clock ahead rather than wait, so a loaded machine cannot turn a hit into a miss.
 */
@DisplayName("ttl, maxEntries and maxSize bound the disk across restarts")
class TtlAndBoundsIT {

    @TempDir
    Path cache;

    @Test
    @DisplayName("ttl = \"1h\": JVMs started right after the write and with their clock half an hour ahead hit; one"
                 + " with its clock an hour and a minute ahead recomputes")
    void ttlHoldsAcrossRestarts() {
        ForkedJvm.Result writer = AppJvm.app(Expiring.class, cache, "ACME").run();

        ForkedJvm.Result soon = AppJvm.app(Expiring.class, cache, "ACME").run();
        ForkedJvm.Result halfway = clockAhead(Duration.ofMinutes(30)).run();
        ForkedJvm.Result late = clockAhead(Duration.ofHours(1).plusMinutes(1)).run();

        assertThat(bodyRuns(writer)).as(writer.toString()).containsExactly("quote:ACME");
        assertThat(bodyRuns(soon)).as(soon.toString()).isEmpty();
        assertThat(value(soon, "quote:ACME")).isEqualTo("ACME at 400");
        assertThat(bodyRuns(halfway)).as(halfway.toString()).isEmpty();
        assertThat(value(halfway, "quote:ACME")).isEqualTo("ACME at 400");
        assertThat(bodyRuns(late)).as(late.toString()).containsExactly("quote:ACME");
        assertThat(value(late, "quote:ACME")).isEqualTo("ACME at 400");
        for (ForkedJvm.Result run : List.of(writer, soon, halfway, late)) {
            ChildStderr.assertChronicleUsedAnd(run);
        }
    }

    /** The {@link Expiring} app calling {@code quote("ACME")} with Memoria's clock {@code ahead} of the real one. */
    private ForkedJvm clockAhead(Duration ahead) {
        return AppJvm.app(Expiring.class, cache, "ACME").systemProperty("expiring.clockAhead", ahead);
    }

    @Test
    @DisplayName("maxEntries = 3: after two JVMs stored five entries, the disk holds the three newest; the two oldest"
                 + " recompute")
    void maxEntriesBoundsTheDiskOldestFirst() {
        ForkedJvm.Result first = AppJvm.app(Bounded.class, cache, "item:1", "item:2", "item:3").run();
        ForkedJvm.Result second = AppJvm.app(Bounded.class, cache, "item:4", "item:5").run();

        ForkedJvm.Result third = AppJvm.app(Bounded.class, cache, "item:5", "stats:item", "item:4", "item:3",
                "item:1", "item:2").run();

        assertThat(bodyRuns(second)).as(second.toString()).containsExactly("item:4", "item:5");
        assertThat(value(third, "stats:item")).as(third.toString()).startsWith("entries=3 ");
        assertThat(bodyRuns(third)).as(third.toString()).containsExactly("item:1", "item:2");
        assertThat(value(third, "item:1")).isEqualTo("item 1");
        for (ForkedJvm.Result run : List.of(first, second, third)) {
            ChildStderr.assertChronicleUsedAnd(run);
        }
    }

    @Test
    @DisplayName("maxSize = \"4MB\" with 1.5 MiB values: after two JVMs stored four, the disk holds the two newest,"
                 + " at most 4 MiB, in two blob files; the oldest recompute")
    void maxSizeBoundsTheDiskOldestFirst() {
        ForkedJvm.Result first = AppJvm.app(Bounded.class, cache, "block:1", "block:2").run();
        ForkedJvm.Result second = AppJvm.app(Bounded.class, cache, "block:3", "block:4").run();

        assertThat(bodyRuns(second)).as(second.toString()).containsExactly("block:3", "block:4");
        assertThat(CacheFiles.blobs(cache, "Bounded.block")).hasSize(2);

        ForkedJvm.Result third = AppJvm.app(Bounded.class, cache, "block:4", "stats:block", "block:3", "block:1")
                .run();

        long blockBytes = Bounded.BLOCK_LENGTH * 8L;
        assertThat(value(third, "stats:block")).as(third.toString()).startsWith("entries=2 ");
        long bytes = Long.parseLong(value(third, "stats:block").replaceFirst(".*bytes=", ""));
        assertThat(bytes).isBetween(2 * blockBytes, 4L << 20);
        assertThat(bodyRuns(third)).as(third.toString()).containsExactly("block:1");
        assertThat(value(third, "block:3")).isEqualTo(Values.describe(Values.ramp(Bounded.BLOCK_LENGTH, 3)));
        for (ForkedJvm.Result run : List.of(first, second, third)) {
            ChildStderr.assertChronicleUsedAnd(run);
        }
    }
}
