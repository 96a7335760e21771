package dev.memoria.demo;

import dev.memoria.CacheStats;
import dev.memoria.Explanation;
import dev.memoria.ui.Container;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The "Cache activity" panel of one run: how often each cached method's body ran, Memoria's hits, misses and entries
 * for it, and how long the app's call to it took in this run, which is what a user feels of a hit or a miss.
 */
final class CacheActivity {

    /** Why each method last ran its body, over every run and session of the app: what the panel shows. */
    private static final Map<CachedStep, String> LAST_MISS = new ConcurrentHashMap<>();

    private final Map<CachedStep, String> thisRun = new EnumMap<>(CachedStep.class);

    /**
     * Calls {@code step} with {@code seed} through {@code call}, noting its time and whether its body ran: a miss by
     * the app's own counter, which a concurrent session's miss of the same method may also bump. Memoria's
     * explanation, asked just before the call, says why a miss missed.
     */
    <T> T time(CachedStep step, long seed, Supplier<T> call) {
        Explanation why = step.explain(seed);
        int runsBefore = step.bodyRuns();
        long start = System.nanoTime();
        T value = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean ran = step.bodyRuns() > runsBefore;
        thisRun.put(step, String.format(Locale.ROOT, "%,d ms, %s", millis, ran ? "miss" : "hit"));
        if (ran && !why.hit()) {
            LAST_MISS.put(step, reason(why));
        }
        return value;
    }

    /** The cause in a few words: {@code cleared (Memoria.clearData())}, or the first change of a new code version. */
    private static String reason(Explanation why) {
        StringBuilder reason = new StringBuilder(why.cause().text());
        if (!why.detail().isEmpty()) {
            reason.append(" (").append(why.detail()).append(')');
        }
        if (!why.differingParameters().isEmpty()) {
            reason.append(", other ").append(String.join(", ", why.differingParameters()));
        }
        if (!why.codeChanges().isEmpty()) {
            reason.append(": ").append(why.codeChanges().get(0));
        }
        return reason.toString();
    }

    /** One column per cached method: its body runs, then Memoria's statistics and this run's call. */
    void draw(Container panel) {
        panel.subheader("Cache activity");
        List<Container> columns = panel.columns(CachedStep.values().length);
        for (CachedStep step : CachedStep.values()) {
            Container column = columns.get(step.ordinal());
            CacheStats stats = step.stats();
            column.metric(step.bodyRunsLabel(), step.bodyRuns());
            column.markdown(String.format(Locale.ROOT, "`%s`\n\nhits %d · misses %d · entries %d\n\nthis run: %s"
                            + "\n\nlast miss: %s", shortName(stats), stats.hits(), stats.misses(), stats.entries(),
                    thisRun.get(step), LAST_MISS.getOrDefault(step, "none")));
        }
    }

    /** Memoria's name of the method without the package, e.g. {@code SalesData.load(long)}. */
    private static String shortName(CacheStats stats) {
        return stats.name().substring(CacheActivity.class.getPackageName().length() + 1);
    }
}
