package dev.memoria.it.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * Captures what the JVM prints on {@code System.err} while open, for the test to assert on, and keeps it out of the
 * build log, where only output nobody expected should show. Memoria prints its progress lines and reports through
 * {@code System.err} as it is at print time, so replacing it is enough.
 */
public final class StdErr implements AutoCloseable {

    private final PrintStream original;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private StdErr() {
        original = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (captured) {
                    captured.write(bytes, offset, length);
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    /** Starts capturing; close to restore the previous stream. */
    public static StdErr capture() {
        return new StdErr();
    }

    public String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    public List<String> lines() {
        return text().lines().toList();
    }

    /**
     * Waits until a line equal to {@code line} has been printed. A body that calls this proves the line appears while
     * the body is still running, without measuring any time itself.
     */
    public void awaitLine(String line) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!lines().contains(line)) {
            if (System.nanoTime() > deadline) {
                fail("Expected the line <%s> on stderr within 20 s; stderr so far:%n%s", line, text());
            }
            Sleep.briefly();
        }
    }

    @Override
    public void close() {
        System.err.flush();
        System.setErr(original);
    }
}
