package dev.memoria.demo;

import dev.memoria.Memoria;
import dev.memoria.ui.App;
import dev.memoria.ui.Container;
import dev.memoria.ui.St;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's page: a store's year of sales (a {@code @CacheData} load), its demand model (a
 * {@code @CacheResource}), the orders the sidebar's filters select (widgets inside an {@code allowWidgets} method),
 * and, at the top, what each of those cached calls cost in this run.
 */
final class DashboardApp implements App {

    /** The stores to choose from; each one's position, from 1, seeds its generated sales. */
    static final List<String> STORES = List.of("Oslo", "Lima", "Perth");

    @Override
    public void run() {
        St.title("Memoria dashboard");
        if (!Memoria.isInstalled()) {
            St.warning("Memoria's agent is not running, so nothing is cached. Start the JVM with"
                       + " `-javaagent:agent/target/memoria-agent.jar`.");
        }
        Container activityPanel = St.container();
        String store = St.sidebar().selectbox("Store", STORES);
        long seed = STORES.indexOf(store) + 1;
        if (St.sidebar().button("Clear cached data")) {
            Memoria.clearData(); // the @CacheData entries: the dataset and every selection, not the model
        }

        CacheActivity activity = new CacheActivity();
        Sales sales = activity.time(CachedStep.DATASET, seed, () -> SalesData.load(seed));
        DemandModel model = activity.time(CachedStep.MODEL, seed, () -> DemandModel.fit(seed));
        Summary selection = activity.time(CachedStep.SELECTION, seed, () -> Selection.summarize(seed));

        St.markdown(String.format(Locale.ROOT, "Store **%s**: %,d orders over %d days.", store, sales.rows(),
                Sales.DAYS));
        drawForecast(model);
        drawSelection(selection);
        activity.draw(activityPanel);
    }

    private static void drawForecast(DemandModel model) {
        St.subheader("Weekly revenue and the model's trend, € million");
        int weeks = St.slider("Forecast weeks", 0, 26, 8);
        St.lineChart(model.forecast(weeks));
        St.text(String.format(Locale.ROOT, "Trend: €%.2f million more each week.", model.weeklyGrowth()));
    }

    private static void drawSelection(Summary selection) {
        St.subheader("Selected orders");
        List<Container> totals = St.columns(2);
        totals.get(0).metric("Orders", String.format(Locale.ROOT, "%,d", selection.orders()));
        totals.get(1).metric("Revenue", euros(selection.revenue()));
        St.barChart(Map.of("weekly revenue, € million", selection.weeklyRevenue()));
        St.table(List.of("product", "orders", "revenue"), selection.products().stream()
                .map(total -> List.<Object>of(total.product(), String.format(Locale.ROOT, "%,d", total.orders()),
                        euros(total.revenue())))
                .toList());
    }

    private static String euros(double amount) {
        return String.format(Locale.ROOT, "€%,.0f", amount);
    }
}
