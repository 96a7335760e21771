package dev.memoria.demo;

import dev.memoria.CacheData;
import dev.memoria.ui.St;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The dashboard's filters, drawn as widgets inside a cached method, as a Streamlit app may do with
 * {@code experimental_allow_widgets}: with {@code allowWidgets = true} the values the widgets return are part of the
 * key, so every combination of filters is aggregated once, and a hit draws the widgets again.
 */
public final class Selection {

    /** The region choices: every region, then each one. */
    public static final List<String> REGIONS =
            Stream.concat(Stream.of("All regions"), Sales.REGIONS.stream()).toList();

    private static final AtomicInteger RUNS = new AtomicInteger();

    private Selection() {
    }

    /** How often {@link #summarize} ran its body in this JVM. */
    public static int runs() {
        return RUNS.get();
    }

    /** The orders of store {@code seed} that the sidebar's filters select, aggregated. */
    @CacheData(allowWidgets = true)
    public static Summary summarize(long seed) {
        RUNS.incrementAndGet();
        St.sidebar().subheader("Filters");
        String region = St.sidebar().selectbox("Region", REGIONS);
        int minimumOrder = St.sidebar().slider("Minimum order (€)", 0, 1_000, 0);
        return Summary.of(SalesData.load(seed), REGIONS.indexOf(region) - 1, minimumOrder);
    }
}
