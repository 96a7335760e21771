package dev.memoria.demo;

import dev.memoria.CacheStats;
import dev.memoria.Explanation;
import dev.memoria.Memoria;

import java.util.function.IntSupplier;

/**
 * The dashboard's three cached methods, each with the app's own count of its body runs, which the page shows next to
 * Memoria's statistics so the two can be compared.
 */
enum CachedStep {
    DATASET("Dataset loads", SalesData.class, "load", SalesData::loads),
    MODEL("Model fits", DemandModel.class, "fit", DemandModel::fits),
    SELECTION("Selection runs", Selection.class, "summarize", Selection::runs);

    private final String bodyRunsLabel;
    private final Class<?> owner;
    private final String method;
    private final IntSupplier bodyRuns;

    CachedStep(String bodyRunsLabel, Class<?> owner, String method, IntSupplier bodyRuns) {
        this.bodyRunsLabel = bodyRunsLabel;
        this.owner = owner;
        this.method = method;
        this.bodyRuns = bodyRuns;
    }

    String bodyRunsLabel() {
        return bodyRunsLabel;
    }

    /** How often the method's body ran in this JVM, by the app's own count. */
    int bodyRuns() {
        return bodyRuns.getAsInt();
    }

    /** Why a call with {@code seed} would hit or miss now. */
    Explanation explain(long seed) {
        return Memoria.function(owner, method).explain(seed);
    }

    CacheStats stats() {
        return Memoria.function(owner, method).stats();
    }
}
