package dev.memoria.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds back what each test prints on {@code System.err} (where Memoria prints its {@code [memoria]} reports), so
 * the reports a test provokes on purpose can be asserted and stay out of the build log. What a test has not
 * {@link #take taken} is printed when it ends: an unexpected warning still shows, under the test that caused it.
 * Register with {@code @RegisterExtension final CapturedStderr stderr = new CapturedStderr();}.
 */
public final class CapturedStderr implements BeforeEachCallback, AfterEachCallback {

    private PrintStream original;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private int taken;

    @Override
    public void beforeEach(ExtensionContext context) {
        original = System.err;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** The lines printed since the last call: the test asserts on them, and they are not printed again. */
    public synchronized List<String> take() {
        System.err.flush();
        String text;
        synchronized (printed) {
            text = printed.toString(StandardCharsets.UTF_8);
        }
        String fresh = text.substring(taken);
        taken = text.length();
        return fresh.lines().toList();
    }

    /** The one line printed since the last take; fails the test when there were none or several. */
    public String takeLine() {
        List<String> lines = take();
        assertThat(lines).as("lines printed on stderr").hasSize(1);
        return lines.get(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> rest = take();
        System.setErr(original);
        if (!rest.isEmpty()) {
            original.println("stderr of " + context.getDisplayName() + ", not asserted by the test:");
            rest.forEach(original::println);
        }
    }
}
