package dev.memoria.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Problems Memoria reports instead of throwing: configuration errors found when a class is woven, a failing
 * {@code onRelease}, a corrupt entry that was dropped. Each distinct problem is printed once on stderr, prefixed
 * {@code [memoria]}, and kept for {@link #reported()}. Printing goes straight to {@code System.err}: startup code must
 * not initialize an application's logging framework before the application does.
 */
public final class Reporter {

    private static final String PREFIX = "[memoria] ";
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final List<String> REPORTED = new ArrayList<>();

    private Reporter() {
    }

    /** Reports {@code message} unless a problem with the same {@code identity} was already reported. */
    public static void once(String identity, String message) {
        if (SEEN.add(identity)) {
            synchronized (REPORTED) {
                REPORTED.add(message);
            }
            System.err.println(PREFIX + message.replace("\n", "\n" + PREFIX));
        }
    }

    /** Every problem reported so far, oldest first. */
    public static List<String> reported() {
        synchronized (REPORTED) {
            return List.copyOf(REPORTED);
        }
    }
}
