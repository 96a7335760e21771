package dev.memoria.it.redis;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

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
     * a tighter heap a full collection can pause a JVM past the tier's one-second command timeout mid-transfer.
     */
    private static final String HEAP = "-Xmx8g";
    /** Each JVM's collections on its stderr, which a failure prints: a pause is the first suspect of a stall. */
    private static final String GC_LOG = "-Xlog:gc:stderr";
    /** The start of the warning a JVM prints when a command to the store failed or took longer than its timeout. */
    private static final String OUTAGE = "The shared store at ";
    /** JVMs per side: more than one only when a stall of the machine made the first one's tier skip the store. */
    private static final int ATTEMPTS = 3;
    private static final SharedJvm.Answer INTACT_AND_RAN = new SharedJvm.Answer("1073741824 bytes, intact", true);
    private static final SharedJvm.Answer INTACT_FROM_THE_STORE =
            new SharedJvm.Answer("1073741824 bytes, intact", false);

    @Test
    @DisplayName("The second JVM's first call of a 1 GiB value is a hit, and every byte is intact")
    void oneGibibyteRoundTrips() {
        RedisServer server = redis.standalone();
        List<String> stalled = new ArrayList<>();
        // one JVM after the other, so the machine holds one JVM's copies of the value (and Redis's) at a time
        for (int attempt = 1; ; attempt++) {
            server.cli("FLUSHALL"); // a writer that stalled may have left a lease or chunks behind
            try (SharedJvm writer = SharedJvm.start(server.url(), HEAP, GC_LOG)) {
                SharedJvm.Answer answer = writer.call("big 1024");
                assertThat(answer).as("the writing JVM: %s", writer).isEqualTo(INTACT_AND_RAN);
                if (!stalledOnce(writer, attempt, stalled)) {
                    break;
                }
            }
        }
        for (int attempt = 1; ; attempt++) {
            try (SharedJvm reader = SharedJvm.start(server.url(), HEAP, GC_LOG)) {
                SharedJvm.Answer answer = reader.call("big 1024");
                if (answer.ran() && stalledOnce(reader, attempt, stalled)) {
                    continue;
                }
                assertThat(answer).as("the reading JVM (earlier JVMs that stalled: %s): %s", stalled, reader)
                        .isEqualTo(INTACT_FROM_THE_STORE);
                break;
            }
        }
        if (!stalled.isEmpty()) {
            // passed, but the machine stalled a transfer: said in the test's output, where a pattern would show
            System.err.println("HugeRemoteValueIT: " + stalled.size() + " JVM(s) found the store stalled: " + stalled);
        }
    }

    /**
     * Whether {@code jvm}'s tier took the store for down (a command past its one-second timeout, which a machine that
     * stalls a JVM or Redis for that long causes, and which the tier rightly answers by computing) and another JVM may
     * try again; the last attempt's stall fails the test, with every stall's output.
     */
    private static boolean stalledOnce(SharedJvm jvm, int attempt, List<String> stalled) {
        if (!jvm.stderr().contains(OUTAGE)) {
            return false;
        }
        stalled.add("attempt " + attempt + ": " + jvm);
        assertThat(attempt).as("every JVM's tier found the store stalled: %s", stalled).isLessThan(ATTEMPTS);
        return true;
    }
}
