package dev.memoria.demo;

import dev.memoria.CacheStats;
import dev.memoria.ui.Container;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The "Cache activity" panel of one run: how often each cached method's body ran, Memoria's hits, misses and entries
 * for it, and how long the app's call to it took in this run, which is what a user feels of a hit or a miss.
 */
final class CacheActivity {

    private final Map<CachedStep, String> thisRun = new EnumMap<>(CachedStep.class);

    /**
     * Calls {@code step} through {@code call}, noting its time and whether its body ran: a miss by the app's own
     * counter, which a concurrent session's miss of the same method may also bump.
     */
    <T> T time(CachedStep step, Supplier<T> call) {
        int runsBefore = step.bodyRuns();
        long start = System.nanoTime();
        T value = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        thisRun.put(step, String.format(Locale.ROOT, "%,d ms, %s", millis,
                step.bodyRuns() > runsBefore ? "miss" : "hit"));
        return value;
    }

    /** One column per cached method: its body runs, then Memoria's statistics and this run's call. */
    void draw(Container panel) {
        panel.subheader("Cache activity");
        List<Container> columns = panel.columns(CachedStep.values().length);
        for (CachedStep step : CachedStep.values()) {
            Container column = columns.get(step.ordinal());
            CacheStats stats = step.stats();
            column.metric(step.bodyRunsLabel(), step.bodyRuns());
            column.markdown(String.format(Locale.ROOT, "`%s`\n\nhits %d · misses %d · entries %d\n\nthis run: %s",
                    shortName(stats), stats.hits(), stats.misses(), stats.entries(), thisRun.get(step)));
        }
    }

    /** Memoria's name of the method without the package, e.g. {@code SalesData.load(long)}. */
    private static String shortName(CacheStats stats) {
        return stats.name().substring(CacheActivity.class.getPackageName().length() + 1);
    }
}
