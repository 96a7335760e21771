package dev.memoria.it.redis;

import dev.memoria.CacheData;
import dev.memoria.it.redis.apps.Shared;
import dev.memoria.it.support.ForkedJvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * A running {@link Shared} app under the agent, sharing the store at a URL; {@link #call} sends one command and
 * returns what it printed. One JVM serves many commands, so tests pay for few JVM starts.
 */
final class SharedJvm implements AutoCloseable {

    static final String SECRET = "a-test-secret-of-32-characters!!";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final ForkedJvm.Running running;
    private int done;

    private SharedJvm(ForkedJvm.Running running) {
        this.running = running;
        running.awaitLine("ready");
    }

    /** The app sharing {@code url} with the test secret, counting body runs in {@code runs}. */
    static SharedJvm start(String url, Path runs, String... options) {
        return new SharedJvm(configured(url, runs, options).systemProperty("memoria.remote.secret", SECRET)
                .start());
    }

    /** The app with no secret set. */
    static SharedJvm withoutSecret(String url, Path runs) {
        return new SharedJvm(configured(url, runs).start());
    }

    private static ForkedJvm configured(String url, Path runs, String... options) {
        ForkedJvm jvm = ForkedJvm.java().withAgent().option("-XX:TieredStopAtLevel=1").timeout(TIMEOUT)
                .classPathOf(Shared.class).classPathOf(CacheData.class)
                .systemProperty("memoria.remote", url).systemProperty("runs", runs);
        jvm = options.length == 0 ? jvm.option("-Xmx256m") : jvm;
        for (String option : options) {
            jvm = jvm.option(option);
        }
        return jvm.main(Shared.class);
    }

    /** Sends {@code command} and returns the lines it printed, {@code ran ...} lines first, up to its result. */
    List<String> call(String command) {
        send(command);
        return awaitDone();
    }

    /** Sends {@code command} without waiting for it. */
    void send(String command) {
        running.send(command);
    }

    /** Waits for the next command to finish; returns its lines. */
    List<String> awaitDone() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            List<String> lines = running.stdoutLines();
            int seen = 0;
            int start = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("done")) {
                    seen++;
                    if (seen == done) {
                        start = i + 1;
                    } else if (seen == done + 1) {
                        done++;
                        return lines.subList(start, i).stream().filter(line -> !line.equals("ready")).toList();
                    }
                }
            }
            if (!running.process().isAlive() || System.nanoTime() > deadline) {
                fail("the app did not finish its command: %s", running);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** Ends the app and returns everything it printed. */
    ForkedJvm.Result exit() {
        running.send("exit");
        return running.await();
    }

    @Override
    public void close() {
        running.close();
    }
}
