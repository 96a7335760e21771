package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Memoria;
import dev.memoria.Persist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One of several JVMs sharing a cache directory, driven line by line on stdin like the shared tier's app (so
 * {@code SharedJvm} drives it too): it prints {@code ready}, then for each command {@code <call> = <value>} and
 * {@code done}, and {@code ran <call>} when a body ran. Commands: {@code entry N}, {@code other N} (two persisted
 * methods), {@code clear entry}, {@code clear entry N}, {@code clearData}, {@code exit}.
 */
public final class Ledger {

    private Ledger() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("ready");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null && !command.equals("exit");
             command = commands.readLine()) {
            String[] parts = command.split(" ");
            String call = parts[0] + ":" + (parts.length > 1 ? parts[1] : "");
            System.out.println(call + " = " + run(parts));
            System.out.println("done");
        }
    }

    private static String run(String[] parts) {
        return switch (parts[0]) {
            case "entry" -> entry(Integer.parseInt(parts[1]));
            case "other" -> other(Integer.parseInt(parts[1]));
            case "clear" -> {
                if (parts.length > 2) {
                    Memoria.function(Ledger.class, "entry", int.class).clear(Integer.parseInt(parts[2]));
                } else {
                    Memoria.function(Ledger.class, "entry", int.class).clear();
                }
                yield "cleared";
            }
            case "clearData" -> {
                Memoria.clearData();
                yield "cleared";
            }
            default -> throw new IllegalArgumentException("unknown command " + String.join(" ", parts));
        };
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static String entry(int n) {
        System.out.println("ran entry:" + n);
        return "entry " + n;
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static String other(int n) {
        System.out.println("ran other:" + n);
        return "other " + n;
    }
}
