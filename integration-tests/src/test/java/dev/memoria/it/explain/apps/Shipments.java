package dev.memoria.it.explain.apps;

import dev.memoria.CacheData;
import dev.memoria.Explanation;
import dev.memoria.HiddenInputs;
import dev.memoria.Memoria;
import dev.memoria.Persist;

import java.util.Arrays;

/**
 * Persisted methods whose entries a test damages between runs. Arguments, in order:
 * <ul>
 *   <li>{@code readings:<n>} or {@code cargo:<n>}: calls the method, printing {@code <call> = <value>}, or
 *       {@code <call> failed: <message>} when the body throws;</li>
 *   <li>{@code explain:<call>}: prints {@code explain <call> = <cause> | <detail>};</li>
 *   <li>{@code closed} / {@code open}: from here on the bodies throw, or run again.</li>
 * </ul>
 */
public final class Shipments {

    /** Not sealed: a value read back from disk may not be a class it does not name, so a {@link Crate} is refused. */
    public interface Cargo {
    }

    public record Crate(int number) implements Cargo {
    }

    /** Whether the warehouse is closed: bodies throw, so a dropped entry stays dropped. */
    private static boolean closed;

    private Shipments() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            if (arg.equals("closed") || arg.equals("open")) {
                closed = arg.equals("closed");
            } else if (arg.startsWith("explain:")) {
                String call = arg.substring("explain:".length());
                String[] parts = call.split(":");
                Explanation why = Memoria.function(Shipments.class, parts[0]).explain(Integer.parseInt(parts[1]));
                System.out.println("explain " + call + " = " + why.cause() + " | " + why.detail());
            } else {
                try {
                    System.out.println(arg + " = " + call(arg));
                } catch (IllegalStateException e) {
                    System.out.println(arg + " failed: " + e.getMessage());
                }
            }
        }
    }

    private static String call(String call) {
        String[] parts = call.split(":");
        int n = Integer.parseInt(parts[1]);
        return switch (parts[0]) {
            case "readings" -> {
                long[] values = readings(n);
                yield values.length + " readings, sum " + Arrays.stream(values).sum();
            }
            case "cargo" -> cargo(n).toString();
            default -> throw new IllegalArgumentException(call);
        };
    }

    /** The sum of {@code readings(n)}, as a test expects it. */
    public static long expectedSum(int n) {
        return Arrays.stream(values(n)).sum();
    }

    /** 1.6 MB: stored in a blob file of its own, not in the index. */
    @CacheData(persist = Persist.DISK, hiddenInputs = HiddenInputs.IGNORE) // closed is the point
    static long[] readings(int n) {
        System.out.println("ran readings:" + n);
        unlessClosed();
        return values(n);
    }

    @CacheData(persist = Persist.DISK, hiddenInputs = HiddenInputs.IGNORE) // closed is the point
    static Cargo cargo(int n) {
        System.out.println("ran cargo:" + n);
        unlessClosed();
        return new Crate(n);
    }

    private static long[] values(int n) {
        long[] values = new long[200_000];
        Arrays.setAll(values, i -> (long) i * n);
        return values;
    }

    private static void unlessClosed() {
        if (closed) {
            throw new IllegalStateException("the warehouse is closed");
        }
    }
}
