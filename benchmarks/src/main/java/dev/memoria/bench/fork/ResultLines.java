package dev.memoria.bench.fork;

import java.util.List;

/**
 * The one line format a forked app reports in: {@code result <name> <value>}. Everything else it prints is ignored,
 * so apps may log freely.
 */
public final class ResultLines {

    private static final String PREFIX = "result ";

    private ResultLines() {
    }

    /** Prints one result; the forked app's side. */
    public static void report(String name, double value) {
        System.out.println(PREFIX + name + " " + value);
    }

    static List<Result> parse(String stdout) {
        return stdout.lines().filter(line -> line.startsWith(PREFIX)).map(line -> {
            String[] parts = line.split(" ");
            return new Result(parts[1], Double.parseDouble(parts[2]));
        }).toList();
    }

    public record Result(String name, double value) {
    }
}
