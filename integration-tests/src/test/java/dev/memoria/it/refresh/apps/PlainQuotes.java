package dev.memoria.it.refresh.apps;

/**
 * An app that never mentions Memoria: a rules file caches {@link #quote} with {@code refresh=BACKGROUND}. It prints
 * {@code first = <quote>}, then, after the ttl of one second, {@code stale = <quote>}, then polls until the quote
 * changes and prints {@code refreshed = <quote>}. Each fetch prints the thread it ran on.
 */
public final class PlainQuotes {

    private static int fetches;

    private PlainQuotes() {
    }

    public static void main(String[] args) throws InterruptedException {
        String first = quote("ACME");
        System.out.println("first = " + first);
        Thread.sleep(1_500);
        String stale = quote("ACME");
        System.out.println("stale = " + stale);
        long deadline = System.nanoTime() + 60_000_000_000L;
        String now = stale;
        while (now.equals(stale) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            now = quote("ACME");
        }
        System.out.println("refreshed = " + now);
    }

    static synchronized String quote(String symbol) {
        fetches++;
        System.out.println("fetch " + fetches + " on " + (Thread.currentThread().getName().equals("main") ? "main"
                : "another thread"));
        return symbol + " #" + fetches;
    }
}
