package dev.memoria.it.redis.apps;

import dev.memoria.CacheData;
import dev.memoria.Explanation;
import dev.memoria.Memoria;
import dev.memoria.Persist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * One of several JVMs sharing a Redis store, driven line by line on stdin so the test decides when each acts. It
 * prints {@code ready}, then for each command one line {@code <call> = <value>} (or {@code <call> failed: ...}) and
 * {@code done}. Every body prints {@code ran <call>} and appends that line to the file named by the system property
 * {@code runs}, so runs across JVMs can be counted. Commands: {@code report N}, {@code slow N} (a body of 2 s),
 * {@code fail N} (a body that throws), {@code bounded N} (maxEntries = 2), {@code expiring N} (ttl = 1h), {@code parcel N} (a record of the app's), {@code big MIB} (a byte array),
 * {@code clear report}, {@code clear report N}, {@code clearData}, {@code explain N} (of {@code report N}: its
 * cause and detail), {@code stats}, {@code exit}.
 */
public final class Shared {

    private Shared() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("ready");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null && !command.equals("exit");
             command = commands.readLine()) {
            String[] parts = command.split(" ");
            String call = parts[0] + ":" + (parts.length > 1 ? parts[1] : "");
            try {
                System.out.println(call + " = " + run(parts));
            } catch (RuntimeException e) {
                System.out.println(call + " failed: " + e);
            }
            System.out.println("done");
        }
    }

    private static String run(String[] parts) {
        return switch (parts[0]) {
            case "report" -> report(Integer.parseInt(parts[1]));
            case "slow" -> slow(Integer.parseInt(parts[1]));
            case "fail" -> fail(Integer.parseInt(parts[1]));
            case "bounded" -> bounded(Integer.parseInt(parts[1]));
            case "expiring" -> expiring(Integer.parseInt(parts[1]));
            case "parcel" -> parcel(Integer.parseInt(parts[1])).toString();
            case "big" -> describe(big(Integer.parseInt(parts[1])));
            case "clear" -> {
                if (parts.length > 2) {
                    Memoria.function(Shared.class, "report", int.class).clear(Integer.parseInt(parts[2]));
                } else {
                    Memoria.function(Shared.class, "report", int.class).clear();
                }
                yield "cleared";
            }
            case "clearData" -> {
                Memoria.clearData();
                yield "cleared";
            }
            case "explain" -> {
                Explanation why = Memoria.function(Shared.class, "report", int.class)
                        .explain(Integer.parseInt(parts[1]));
                yield why.cause() + " | " + why.detail();
            }
            case "stats" -> Memoria.stats().toString();
            default -> throw new IllegalArgumentException("unknown command " + Arrays.toString(parts));
        };
    }

    @CacheData(persist = Persist.REMOTE, showSpinner = false)
    static String report(int n) {
        ran("report:" + n);
        return "report " + n;
    }

    @CacheData(persist = Persist.REMOTE, showSpinner = false)
    static String slow(int n) {
        ran("slow:" + n);
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "slow " + n;
    }

    @CacheData(persist = Persist.REMOTE, showSpinner = false)
    static String fail(int n) {
        ran("fail:" + n);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("fail " + n);
    }

    @CacheData(persist = Persist.REMOTE, maxEntries = 2, showSpinner = false)
    static String bounded(int n) {
        ran("bounded:" + n);
        return "bounded " + n;
    }

    @CacheData(persist = Persist.REMOTE, ttl = "1h", showSpinner = false)
    static String expiring(int n) {
        ran("expiring:" + n);
        return "expiring " + n;
    }

    /** A type of the app's own: only {@link #parcel} may read it back. It says when its class is initialized. */
    public record Parcel(int n) {
        static {
            System.out.println("Parcel class initialized");
        }
    }

    @CacheData(persist = Persist.REMOTE, showSpinner = false)
    static Parcel parcel(int n) {
        ran("parcel:" + n);
        return new Parcel(n);
    }

    /** Byte i is {@code (byte) (i * 31 + mebibytes)}: a pattern of period 256, so filled and checked in bulk. */
    @CacheData(persist = Persist.REMOTE, showSpinner = false)
    static byte[] big(int mebibytes) {
        ran("big:" + mebibytes);
        byte[] value = new byte[mebibytes << 20];
        for (int i = 0; i < 256; i++) {
            value[i] = (byte) (i * 31 + mebibytes);
        }
        for (int filled = 256; filled < value.length; filled *= 2) {
            System.arraycopy(value, 0, value, filled, Math.min(filled, value.length - filled));
        }
        return value;
    }

    /** The length and whether every byte is what {@link #big} writes. */
    private static String describe(byte[] value) {
        int mebibytes = value.length >> 20;
        for (int i = 0; i < Math.min(256, value.length); i++) {
            if (value[i] != (byte) (i * 31 + mebibytes)) {
                return value.length + " bytes, WRONG at " + i;
            }
        }
        int mismatch = Arrays.mismatch(value, 0, value.length - 256, value, 256, value.length);
        return value.length + (mismatch < 0 ? " bytes, intact" : " bytes, WRONG at " + (mismatch + 256));
    }

    private static void ran(String call) {
        System.out.println("ran " + call);
        String runs = System.getProperty("runs");
        if (runs != null) {
            try {
                Files.writeString(Path.of(runs), call + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
