package dev.memoria.demo;

import dev.memoria.CacheStats;
import dev.memoria.Explanation;
import dev.memoria.Memoria;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The README's console demo: a cached call that runs once and then hits, and code edits that do or do not
 * invalidate. Run it with {@code java -javaagent:agent/target/memoria-agent.jar -cp integration-tests/target/classes
 * dev.memoria.demo.Demo} after {@code mvn install}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Memoria demo (agent active: " + Memoria.isInstalled() + ")");
        if (!Memoria.isInstalled()) {
            System.out.println("Start it with -javaagent:agent/target/memoria-agent.jar to see caching.");
        }

        System.out.println("\n1. A slow call, cached by @CacheData");
        forecast("Oslo");
        forecast("Oslo");
        forecast("Paris");
        forecast("Oslo");

        System.out.println("\n2. Code edits: compiled with javac and loaded in a fresh class loader each time");
        Path work = Files.createTempDirectory("memoria-demo");
        try {
            CodeVersions versions = new CodeVersions(work);
            price("original:                     return quantity * 10", versions.load(
                    CodeVersions.source("", "quantity * 10", 10)));
            price("recompiled, lines shifted:    return quantity * 10", versions.load(
                    CodeVersions.source("\n\n// a comment that moves every line down\n\n", "quantity * 10", 10)));
            price("edited:                       return quantity * 12", versions.load(
                    CodeVersions.source("", "quantity * 12", 10)));
            price("calls a helper:               return quantity * rate()    (rate() returns 12)", versions.load(
                    CodeVersions.source("", "quantity * rate()", 12)));
            price("helper edited:                return quantity * rate()    (rate() returns 13)", versions.load(
                    CodeVersions.source("", "quantity * rate()", 13)));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }

        System.out.println("\n3. Statistics");
        for (var function : Memoria.functions()) {
            CacheStats stats = function.stats();
            System.out.printf(Locale.ROOT, "   %-55s hits=%d misses=%d entries=%d bytes=%d%n", stats.name(),
                    stats.hits(), stats.misses(), stats.entries(), stats.bytes());
        }
    }

    private static void forecast(String city) throws InterruptedException {
        int before = Weather.lookups;
        long start = System.nanoTime();
        Weather.Forecast forecast = Weather.forecast(city);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "   %-18s -> %-16s %-13s %5d ms%n", "forecast(\"" + city + "\")",
                forecast.celsius() + " °C, " + forecast.summary(),
                Weather.lookups > before ? "ran the body" : "cached", millis);
    }

    /** Calls the price; a call that will miss first says why, as {@code CachedFunction.explain} tells it. */
    private static void price(String label, PriceList prices) {
        Explanation why = Memoria.function(prices.getClass(), "price").explain(prices, 3);
        int before = prices.runs();
        int price = prices.price(3);
        System.out.printf(Locale.ROOT, "   %s  price(3) = %d  %s%n", label, price,
                prices.runs() > before ? "ran the body" : "cached");
        if (why.cause() == Explanation.Cause.NEW_CODE_VERSION) {
            System.out.println("      why it ran: a new code version; what changed since the previous one:");
            why.codeChanges().forEach(change -> System.out.println("        " + change));
        }
    }
}
