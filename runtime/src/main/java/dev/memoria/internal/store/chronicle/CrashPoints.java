package dev.memoria.internal.store.chronicle;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points between the file operations of writing an entry and of recovering an index, where the crash tests
 * stop a JVM to kill it with {@code kill -9}: each point is a state the files can be left in. With
 * {@code -Dmemoria.test.pauseAt=<phase>:<k>} (phase {@code write} or {@code recovery}) the k-th point of that phase
 * prints {@code memoria paused at <point>} and the thread waits there for the kill. Without the property (always,
 * outside those tests) a point is a test of a constant, which the JIT removes.
 */
final class CrashPoints {

    static final String PROPERTY = "memoria.test.pauseAt";
    static final String PAUSED = "memoria paused at ";
    private static final String PAUSE_AT = System.getProperty(PROPERTY);
    private static final boolean ENABLED = PAUSE_AT != null;
    private static final AtomicInteger REACHED = new AtomicInteger();

    private CrashPoints() {
    }

    /** @param point {@code <phase>: <what is done>} */
    static void reached(String point) {
        if (ENABLED) {
            pauseIfChosen(point);
        }
    }

    private static void pauseIfChosen(String point) {
        String phase = PAUSE_AT.substring(0, PAUSE_AT.indexOf(':'));
        if (!point.startsWith(phase + ":")) {
            return;
        }
        int k = REACHED.incrementAndGet();
        if (k != Integer.parseInt(PAUSE_AT.substring(PAUSE_AT.indexOf(':') + 1))) {
            return;
        }
        System.out.println(PAUSED + point);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // waits for the kill all the same: the test's point is the state left here
            }
        }
    }
}
