package dev.memoria.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Problems Memoria reports instead of throwing: configuration errors found when a class is woven, a failing
 * {@code onRelease}, a corrupt entry that was dropped. Each distinct problem is printed once, prefixed
 * {@code [memoria]}, and kept for {@link #reported()}. Each engine owns one and hands it to what it builds, so two
 * engines in one JVM (a test's and the JVM's) do not silence each other's warnings. Printing goes straight to
 * {@code System.err}: startup code must not initialize an application's logging framework before the application
 * does.
 */
public final class Reporter {

    private static final String PREFIX = "[memoria] ";
    // the agent reports before the JVM's engine exists (premain must not build it), so the JVM's reporter is made first
    private static final Reporter JVM = new Reporter();

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> reported = new ArrayList<>();
    /** {@code null}: the current {@code System.err}, without a lambda spun on the JVM's first cached call. */
    private final Consumer<String> printer;

    /** A reporter that prints on the current {@code System.err}. */
    public Reporter() {
        this.printer = null;
    }

    /** A reporter that prints each problem, prefixed line by line, to {@code printer}: a test's own sink. */
    public Reporter(Consumer<String> printer) {
        this.printer = printer;
    }

    /** The reporter of this JVM's agent and engine. */
    public static Reporter jvm() {
        return JVM;
    }

    /** Reports {@code message} unless a problem with the same {@code identity} was already reported. */
    public void once(String identity, String message) {
        if (seen.add(identity)) {
            synchronized (reported) {
                reported.add(message);
            }
            String lines = PREFIX + message.replace("\n", "\n" + PREFIX);
            if (printer == null) {
                System.err.println(lines);
            } else {
                printer.accept(lines);
            }
        }
    }

    /** Every problem reported so far, oldest first. */
    public List<String> reported() {
        synchronized (reported) {
            return List.copyOf(reported);
        }
    }
}
