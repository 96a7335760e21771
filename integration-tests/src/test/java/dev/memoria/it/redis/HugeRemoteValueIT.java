package dev.memoria.it.redis;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value of 1 GiB, four times Redis's largest string, round-trips between two JVMs: written as 1 MiB chunks committed
 * by one head, read back a few chunks at a time straight into the value's buffer.
 */
@DisplayName("The shared tier: a 1 GiB value round-trips between two JVMs")
class HugeRemoteValueIT {

    @RegisterExtension
    static final Redis redis = new Redis();

    /**
     * Room for the value, its payload (the bytes read from Redis) and the copy a hit hands out, with room to spare: in
     * a tighter heap a full collection can pause a JVM past the tier's one-second command timeout mid-transfer, which
     * the tier rightly takes for an outage (it then computes), and this test would fail for the heap, not the tier.
     */
    private static final String HEAP = "-Xmx8g";

    @Test
    @DisplayName("The second JVM's first call of a 1 GiB value is a hit, and every byte is intact")
    void oneGibibyteRoundTrips() {
        RedisServer server = redis.standalone();
        // one after the other, so the machine holds one JVM's copies of the value (and Redis's) at a time
        try (SharedJvm writer = SharedJvm.start(server.url(), HEAP)) {
            assertThat(writer.call("big 1024")).as("the writing JVM: %s", writer)
                    .isEqualTo(new SharedJvm.Answer("1073741824 bytes, intact", true));
        }
        try (SharedJvm reader = SharedJvm.start(server.url(), HEAP)) {
            assertThat(reader.call("big 1024")).as("the reading JVM: %s", reader)
                    .isEqualTo(new SharedJvm.Answer("1073741824 bytes, intact", false));
        }
    }
}
