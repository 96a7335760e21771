package dev.memoria.it.redis;

import dev.memoria.CacheData;
import dev.memoria.it.redis.apps.Shared;
import dev.memoria.it.support.ForkedJvm;

import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * One JVM running {@link Shared} against a shared store, driven a command at a time: {@link #call} sends a command
 * and returns what it printed for it, so a test can tell whether the body ran in this JVM for this very call.
 */
public final class SharedJvm implements AutoCloseable {

    /** The secret every JVM of a test shares: 16 bytes or more, as the remote tier requires. */
    public static final String SECRET = "memoria-test-secret-0123456789";

    private final ForkedJvm.Running running;
    private int answered;

    private SharedJvm(ForkedJvm.Running running) {
        this.running = running;
        running.awaitLine("ready");
    }

    /** A JVM under the agent with {@code memoria.remote=url}, the test secret, and {@code options} added. */
    public static ForkedJvm configure(String url, String... options) {
        return withoutSecret(url, options).systemProperty("memoria.remote.secret", SECRET);
    }

    /** A JVM under the agent with {@code memoria.remote=url}, no secret, and {@code options} added. */
    public static ForkedJvm withoutSecret(String url, String... options) {
        ForkedJvm jvm = ForkedJvm.java().withAgent().option("-XX:TieredStopAtLevel=1").option("-Xmx256m")
                .classPathOf(Shared.class).classPathOf(CacheData.class)
                .systemProperty("memoria.remote", url);
        for (String option : options) {
            jvm.option(option);
        }
        return jvm.main(Shared.class);
    }

    /** Starts {@code jvm} (see {@link #configure}) and waits until it reads commands. */
    public static SharedJvm start(ForkedJvm jvm) {
        return new SharedJvm(jvm.start());
    }

    /** Starts a JVM on {@code url} with {@code options} added, and waits until it reads commands. */
    public static SharedJvm start(String url, String... options) {
        return start(configure(url, options));
    }

    /** What one command did in this JVM: the value (or failure) it printed, and whether a body ran for it. */
    public record Answer(String value, boolean ran) {
    }

    /** Sends {@code command} (e.g. {@code "report 3"}) and waits for its answer. */
    public Answer call(String command) {
        send(command);
        return answer(command);
    }

    /** Sends {@code command} without waiting: several JVMs can then work at once; {@link #answer} waits. */
    public void send(String command) {
        running.send(command);
    }

    /** Waits for the answer to {@code command}, the oldest one {@link #send sent} and not yet answered. */
    public Answer answer(String command) {
        answered++;
        List<String> lines = running.stdoutLines();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (doneCount(lines) < answered) {
            if (!running.process().isAlive() || System.nanoTime() > deadline) {
                fail("No answer to <%s> from %s", command, running);
            }
            RedisServer.sleep(5);
            lines = running.stdoutLines();
        }
        List<String> own = linesOf(lines, answered);
        String call = command.split(" ")[0] + ":" + (command.contains(" ") ? command.split(" ")[1] : "");
        String value = own.stream().filter(line -> line.startsWith(call + " = ") || line.startsWith(call + " failed"))
                .findFirst().orElseThrow(() -> new AssertionError("No value for <" + command + "> in " + own));
        boolean ran = own.stream().anyMatch(line -> line.startsWith("ran "));
        return new Answer(value.startsWith(call + " = ") ? value.substring(call.length() + 3) : value, ran);
    }

    /** Waits until the JVM printed {@code line} on stdout, e.g. {@code ran held:1} while that body runs. */
    public void awaitPrinted(String line) {
        running.awaitLine(line);
    }

    /** What the JVM printed on stderr so far. */
    public String stderr() {
        return running.stderr();
    }

    /** Everything the JVM printed so far, stdout and stderr, without its command line. */
    public String printed() {
        return String.join("\n", running.stdoutLines()) + "\n" + running.stderr();
    }

    /** Everything the JVM printed so far, stdout and stderr, with its command line. */
    @Override
    public String toString() {
        return running.toString();
    }

    /** {@code kill -9} of this JVM. */
    public void kill() {
        running.kill();
    }

    @Override
    public void close() {
        running.close();
    }

    private static long doneCount(List<String> lines) {
        return lines.stream().filter("done"::equals).count();
    }

    /** The lines between the (n-1)-th and the n-th {@code done}. */
    private static List<String> linesOf(List<String> lines, int n) {
        int seen = 0;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("done")) {
                seen++;
                if (seen == n) {
                    return lines.subList(start, i);
                }
                start = i + 1;
            }
        }
        throw new IllegalStateException("fewer than " + n + " answers");
    }
}
