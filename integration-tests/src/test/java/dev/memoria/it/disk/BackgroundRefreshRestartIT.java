package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Refreshing;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code persist = DISK} with {@code refresh = BACKGROUND}: an entry written by one JVM turns stale on disk; the next
 * JVM serves it at once and refreshes it, and the refreshed value replaces it on disk too. Runs on the real clock
 * (the ttl is two seconds) and asserts only which JVM computed each value.
 */
@DisplayName("persist = DISK + refresh = BACKGROUND across restarts")
class BackgroundRefreshRestartIT {

    private static final Duration TTL = Duration.ofSeconds(2);

    @TempDir
    Path cache;

    @Test
    @DisplayName("a stale entry from disk is served by the next JVM, which refreshes it on disk for the one after")
    void staleEntryFromDiskIsServedAndRefreshed() throws InterruptedException {
        ForkedJvm.Result writer = AppJvm.app(Refreshing.class, cache, "ACME").run();
        Instant written = Instant.now();
        String writersValue = value(writer, "quote:ACME");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), written.plus(TTL).plusMillis(500)).toMillis()));

        ForkedJvm.Result refresher = AppJvm.app(Refreshing.class, cache, "ACME", "await-refresh").run();
        ForkedJvm.Result reader = AppJvm.app(Refreshing.class, cache, "ACME").run();

        assertThat(value(refresher, "quote:ACME")).as("served stale, from disk: " + refresher)
                .isEqualTo(writersValue);
        String refreshed = value(refresher, "refreshed:ACME");
        assertThat(refreshed).as(refresher.toString()).isNotEqualTo(writersValue).startsWith("ACME by JVM ");
        assertThat(value(reader, "quote:ACME")).as("the refreshed value replaced the stale one on disk: " + reader)
                .isEqualTo(refreshed);
    }
}
