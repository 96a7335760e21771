package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/**
 * One of two JVMs sharing a cache directory, driven line by line on stdin so that the test decides when both act.
 * It prints {@code ready} once its cache is open; then each command {@code get <from> <to>} calls {@code cell(k)}
 * for every k in {@code [from, to)} (computing and storing it, or finding it stored by either JVM), prints
 * {@code cell:<k> = ok} or {@code cell:<k> = WRONG ...} for each, and {@code done <n>} after its n-th command.
 * {@code exit} ends it. Every 25th cell is 128 KiB (a blob file), the others 256 bytes.
 */
public final class Sharer {

    private Sharer() {
    }

    public static void main(String[] args) throws IOException {
        cell(-1 - Integer.parseInt(args[0])); // opens the cache
        System.out.println("ready");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in));
        int done = 0;
        for (String command = commands.readLine(); command != null && !command.equals("exit");
             command = commands.readLine()) {
            String[] parts = command.split(" ");
            for (int k = Integer.parseInt(parts[1]); k < Integer.parseInt(parts[2]); k++) {
                String read = Values.describe(cell(k));
                String expected = Values.describe(expectedCell(k));
                System.out.println("cell:" + k + " = " + (read.equals(expected) ? "ok" : "WRONG " + read));
            }
            System.out.println("done " + ++done);
        }
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] cell(int k) {
        System.out.println("ran cell:" + k);
        return expectedCell(k);
    }

    static double[] expectedCell(int k) {
        return Values.ramp(k % 25 == 0 ? 16_384 : 32, k);
    }
}
