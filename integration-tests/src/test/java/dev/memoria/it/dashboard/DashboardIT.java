package dev.memoria.it.dashboard;

import dev.memoria.demo.Dashboard;
import dev.memoria.demo.SalesData;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.ui.St;
import dev.memoria.ui.browser.Page;
import dev.memoria.ui.browser.SharedBrowser;
import dev.memoria.ui.browser.WebDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.memoria.it.dashboard.DashboardPage.runs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's dashboard, started as the README says (its own JVM, the agent, its classes and memoria-ui's), driven
 * in headless Chromium. Each test starts a fresh dashboard, so the body-run counters on the page start at zero.
 */
@ExtendWith(SharedBrowser.class)
@DisplayName("The README dashboard in a browser: what it shows, and how often each cached body runs")
class DashboardIT {

    private static final String DATASET = "SalesData.load(long)";
    private static final String MODEL = "DemandModel.fit(long)";
    private static final String SELECTION = "Selection.summarize(long)";

    private final WebDriver browser;
    private final DashboardPage dashboard;
    private final Page page;
    private ForkedJvm.Running jvm;
    private URI url;

    DashboardIT(WebDriver browser) {
        this.browser = browser;
        this.dashboard = new DashboardPage(browser);
        this.page = dashboard.page();
    }

    @BeforeEach
    void startDashboard() {
        startDashboard(SalesData.ROWS);
    }

    private void startDashboard(int rows) {
        jvm = ForkedJvm.java().withAgent().option("-Xmx2g").systemProperty("memoria.demo.rows", rows)
                .classPathOf(Dashboard.class).classPathOf(St.class).main(Dashboard.class, "--port", "0").start();
        url = URI.create(jvm.awaitLineStartingWith(Dashboard.ADDRESS_LINE));
    }

    @AfterEach
    void stopDashboard() {
        jvm.close();
    }

    @Test
    @DisplayName("the first visit loads the dataset, fits the model and aggregates the selection, once each")
    void firstVisit() {
        page.open(url);

        assertThat(page.main()).contains("Memoria dashboard", "Store Oslo: 5,000,000 orders over 364 days.",
                "Cache activity", "Selected orders", "Weekly revenue and the model's trend", "Forecast weeks");
        assertThat(page.sidebar()).contains("Store", "Clear cached data", "Region", "Minimum order (€)");
        assertThat(dashboard.metric("Orders")).isEqualTo("5,000,000");
        assertThat(browser.findAll("svg.m-chart")).hasSize(2);
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 1));
        DashboardPage.Activity dataset = dashboard.activity(DATASET);
        assertThat(dataset.misses()).isEqualTo(1);
        assertThat(dataset.hits()).as("the model and the selection read the dataset through its cache").isEqualTo(2);
        assertThat(dataset.entries()).isEqualTo(1);
        assertThat(dataset.thisRun()).endsWith("ms, miss");
        assertThat(dataset.lastMiss()).startsWith("never computed for these arguments");
        assertThat(dashboard.activity(MODEL).thisRun()).endsWith("ms, miss");
        assertThat(dashboard.activity(SELECTION).thisRun()).endsWith("ms, miss");
    }

    @Test
    @DisplayName("moving a slider outside the cached methods re-runs the page from the caches alone")
    void sliderOutsideTheCachedMethods() {
        page.open(url);

        dashboard.moveSlider("Forecast weeks");

        assertThat(page.value("Forecast weeks")).isNotEqualTo("8");
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 1));
        assertThat(dashboard.activity(DATASET).hits()).isEqualTo(3);
        assertThat(dashboard.activity(MODEL).hits()).isEqualTo(1);
        assertThat(dashboard.activity(SELECTION).hits()).isEqualTo(1);
        for (String method : new String[] {DATASET, MODEL, SELECTION}) {
            assertThat(dashboard.activity(method).thisRun()).as(method).endsWith("ms, hit");
        }
        // a hit replays the filter widgets the cached method drew
        assertThat(page.sidebar()).contains("Region", "Minimum order (€)");
    }

    @Test
    @DisplayName("filters inside the allowWidgets method: each new combination runs its body once, a known one hits")
    void filtersInsideTheCachedMethod() {
        page.open(url);

        dashboard.moveSlider("Minimum order (€)");
        String bigOrders = dashboard.metric("Orders");
        assertThat(page.value("Minimum order (€)")).isNotEqualTo("0");
        assertThat(bigOrders).isNotEqualTo("5,000,000");
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 2));

        dashboard.choose("Region", "North");
        assertThat(dashboard.metric("Orders")).isNotEqualTo(bigOrders);
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 3));

        dashboard.choose("Region", "All regions");
        assertThat(dashboard.metric("Orders")).isEqualTo(bigOrders);
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 3));
    }

    @Test
    @DisplayName("another store loads its own dataset and model once; going back is all hits")
    void anotherStore() {
        page.open(url);

        dashboard.choose("Store", "Lima");
        assertThat(page.main()).contains("Store Lima: 5,000,000 orders");
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(2, 2, 2));
        assertThat(dashboard.activity(DATASET).entries()).isEqualTo(2);
        assertThat(dashboard.activity(DATASET).lastMiss())
                .isEqualTo("never computed for these arguments, other seed");

        dashboard.choose("Store", "Oslo");
        assertThat(page.main()).contains("Store Oslo: 5,000,000 orders");
        assertThat(dashboard.bodyRuns()).isEqualTo(runs(2, 2, 2));
    }

    @Test
    @DisplayName("the clear button drops the @CacheData entries: the dataset and the selection run again, the model not")
    void clearButton() {
        page.open(url);

        dashboard.click("Clear cached data");

        assertThat(dashboard.bodyRuns()).isEqualTo(runs(2, 1, 2));
        assertThat(dashboard.activity(DATASET).thisRun()).endsWith("ms, miss");
        assertThat(dashboard.activity(DATASET).lastMiss()).isEqualTo("cleared (Memoria.clearData())");
        assertThat(dashboard.activity(MODEL).thisRun()).endsWith("ms, hit");
    }

    @Test
    @DisplayName("a second tab and a reload are new sessions served from the same caches")
    void secondTabAndReload() {
        page.open(url);
        String firstTab = browser.currentTab();
        String firstSession = page.session();

        browser.newTab();
        try {
            page.open(url);
            assertThat(page.session()).isNotEqualTo(firstSession);
            assertThat(page.main()).contains("Store Oslo: 5,000,000 orders");
            assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 1));
            assertThat(dashboard.activity(MODEL).hits()).isEqualTo(1);

            page.open(url);
            assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 1));
            assertThat(dashboard.activity(MODEL).hits()).isEqualTo(2);
            assertThat(page.sidebar()).contains("Region", "Minimum order (€)");
        } finally {
            browser.closeTab();
            browser.switchTo(firstTab);
        }
    }

    @Test
    @DisplayName("a miss slower than half a second shows its spinner text on the page while it runs")
    void spinner() {
        // Four times the rows: the load takes seconds, not just over the spinner's half second, on any machine.
        jvm.close();
        startDashboard(4 * SalesData.ROWS);
        browser.navigate(url);

        page.await("the dataset's spinner", () -> (Boolean) browser.script(
                "return Array.from(document.querySelectorAll('.m-spinning'))"
                + ".some(s => s.textContent.includes('Generating a year of orders…'))"));
        page.awaitRuns(1);
        assertThat(browser.findAll(".m-spinning")).isEmpty();
    }

    @Test
    @DisplayName("a screenshot of the dashboard is saved as target/dashboard.png")
    void screenshot() throws IOException {
        page.open(url);
        dashboard.moveSlider("Forecast weeks");

        byte[] png = browser.screenshot();
        Files.write(Path.of(System.getProperty("memoria.it.target.dir", "target"), "dashboard.png"), png);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(50_000);
    }
}
