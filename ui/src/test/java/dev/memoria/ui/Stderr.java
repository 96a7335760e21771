package dev.memoria.ui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What the toolkit prints on stderr while a test provokes it on purpose, kept out of the test log to be asserted. */
final class Stderr {

    private Stderr() {
    }

    interface Action {
        void run() throws Exception;
    }

    /** What {@code action} printed on stderr. */
    static String capturing(Action action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
