package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

/** A persisted entry with a five-second {@code ttl}. Arguments are symbols; each call prints {@code quote:<symbol> = <value>}. */
public final class Expiring {

    private Expiring() {
    }

    public static void main(String[] args) {
        for (String symbol : args) {
            System.out.println("quote:" + symbol + " = " + quote(symbol));
        }
    }

    @CacheData(persist = Persist.DISK, ttl = "5s")
    static String quote(String symbol) {
        System.out.println("ran quote:" + symbol);
        return symbol + " at " + symbol.length() * 100;
    }
}
