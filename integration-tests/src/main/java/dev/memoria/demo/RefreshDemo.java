package dev.memoria.demo;

import dev.memoria.CacheData;
import dev.memoria.HiddenInputs;
import dev.memoria.Refresh;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console demo of {@code refresh = BACKGROUND}: a quote that takes a second to fetch is fresh for two seconds,
 * then served stale, at once, while one background refresh fetches the next one. Run it with the agent:
 * {@code java -javaagent:agent/target/memoria-agent.jar -cp integration-tests/target/classes
 * dev.memoria.demo.RefreshDemo}.
 */
public final class RefreshDemo {

    private static final AtomicInteger FETCHES = new AtomicInteger();

    private RefreshDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Background refresh demo: ttl 2 s, each fetch takes 1 s");
        long start = System.nanoTime();
        for (int call = 0; call < 14; call++) {
            long before = System.nanoTime();
            String quote = quote("ACME");
            long tookMillis = (System.nanoTime() - before) / 1_000_000;
            System.out.printf("t=%4.1f s  quote(\"ACME\") = %s  (call took %d ms)%n",
                    (before - start) / 1e9, quote, tookMillis);
            Thread.sleep(400);
        }
    }

    // The fetch counter is read on purpose (it shows which fetch a quote came from): accepted, not reported.
    @CacheData(ttl = "2s", refresh = Refresh.BACKGROUND, maxStale = "1m", showTime = true,
            hiddenInputs = HiddenInputs.IGNORE)
    static String quote(String symbol) throws InterruptedException {
        int fetch = FETCHES.incrementAndGet();
        System.out.println("           fetching " + symbol + " (fetch #" + fetch + ", on thread "
                + (Thread.currentThread().getName().isEmpty() ? "virtual" : Thread.currentThread().getName()) + ")");
        Thread.sleep(1000);
        return symbol + " quote #" + fetch;
    }
}
