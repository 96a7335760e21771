package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;
import dev.memoria.Refresh;

/**
 * A persisted entry refreshed in the background: fresh for two seconds, then served stale for an hour while a
 * refresh replaces it. Each value names the JVM that computed it. Prints {@code quote:<symbol> = <value>}; with
 * {@code await-refresh}, then calls again until the refresh has replaced the value and prints
 * {@code refreshed:<symbol> = <value>}.
 */
public final class Refreshing {

    private Refreshing() {
    }

    public static void main(String[] args) throws InterruptedException {
        String symbol = args[0];
        String first = quote(symbol);
        System.out.println("quote:" + symbol + " = " + first);
        if (args.length > 1 && args[1].equals("await-refresh")) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            String now = first;
            while (now.equals(first) && System.nanoTime() < deadline) {
                Thread.sleep(10);
                now = quote(symbol);
            }
            System.out.println("refreshed:" + symbol + " = " + now);
        }
    }

    @CacheData(persist = Persist.DISK, ttl = "2s", refresh = Refresh.BACKGROUND, maxStale = "1h")
    static String quote(String symbol) {
        System.out.println("ran quote:" + symbol);
        return symbol + " by JVM " + ProcessHandle.current().pid();
    }
}
