package dev.memoria.bench.profile;

import java.nio.file.Path;

/** The JVM option that records a JFR profile of a forked JVM, sampling Java code every 10 ms. */
public final class Recording {

    private Recording() {
    }

    public static String option(Path file) {
        return "-XX:StartFlightRecording:filename=" + file + ",settings=profile";
    }
}
