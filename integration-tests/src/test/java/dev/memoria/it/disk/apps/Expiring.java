package dev.memoria.it.disk.apps;

import dev.memoria.internal.call.Engine;
import dev.memoria.CacheData;
import dev.memoria.Persist;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A persisted entry with a one-hour {@code ttl}. Arguments are symbols; each call prints
 * {@code quote:<symbol> = <value>}. With {@code -Dexpiring.clockAhead=<ISO-8601 duration>} the JVM engine's clock
 * ({@code Engine.jvm().clock().useForTesting}) runs that far ahead of the real one, so a run can stand an hour later
 * without anyone waiting an hour.
 */
public final class Expiring {

    private Expiring() {
    }

    public static void main(String[] args) {
        Duration ahead = Duration.parse(System.getProperty("expiring.clockAhead", "PT0S"));
        if (!ahead.isZero()) {
            AtomicLong offset = new AtomicLong();
            Engine.jvm().clock().useForTesting(() -> System.nanoTime() + offset.get());
            offset.set(ahead.toNanos()); // useForTesting starts the wall clock at the real time; now move it ahead
        }
        for (String symbol : args) {
            System.out.println("quote:" + symbol + " = " + quote(symbol));
        }
    }

    @CacheData(persist = Persist.DISK, ttl = "1h")
    static String quote(String symbol) {
        System.out.println("ran quote:" + symbol);
        return symbol + " at " + symbol.length() * 100;
    }
}
