package dev.memoria.ui.browser;

import dev.memoria.ui.AppServer;
import dev.memoria.ui.apps.DemoApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo app in headless Chromium: what the first run shows, and one re-run per interaction. */
@ExtendWith(SharedBrowser.class)
class DemoAppIT {

    private static final DemoApp APP = new DemoApp();
    private static AppServer server;
    private final WebDriver browser;
    private final Page page;

    DemoAppIT(WebDriver browser) {
        this.browser = browser;
        this.page = new Page(browser);
    }

    @BeforeAll
    static void serve() {
        server = new AppServer(APP).port(0).title("Memoria demo").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void openPage() {
        page.open(server.url());
    }

    @Test
    @DisplayName("the first run shows title, sidebar, columns, chart, expander and the table's size")
    void firstRun() {
        assertThat(page.main()).contains("Weather demo", "Runs: 1", "Station\nOslo", "Days\n7", "Unit\n°C",
                                         "Details", "100,000 rows");
        assertThat(page.sidebar()).contains("Station", "Celsius", "Chart\nLine\nBar");
        assertThat(browser.findAll(".m-columns > .m-block")).hasSize(3);
        assertThat(browser.findAll("svg.m-chart polyline")).hasSize(2);
        assertThat(browser.findAll("details.m-expander")).hasSize(1);
        assertThat(browser.findAll("#m-main em")).isNotEmpty(); // "Weather *demo*": markdown in a title
    }

    @Test
    @DisplayName("moving a slider re-runs the app once, with the new value everywhere")
    void slider() {
        int before = APP.totalRuns();

        browser.click(page.control("Days")); // a click on the track's middle moves the thumb there
        page.awaitRuns(2);

        String days = page.value("Days");
        assertThat(days).isNotEqualTo("7");
        assertThat(page.main()).contains("Runs: 2", "Days\n" + days);
        assertThat(browser.findAll("svg.m-chart polyline")).hasSize(2);
        assertThat(APP.totalRuns()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a button is true for the one run its click starts")
    void button() {
        browser.click(page.control("Refresh"));
        page.awaitRuns(2);
        assertThat(page.main()).contains("Refreshed in run 2");

        browser.click(page.control("Celsius"));
        page.awaitRuns(3);
        assertThat(page.main()).doesNotContain("Refreshed").contains("Unit\n°F");
        // the success box came and went in the middle of the page: every later node moved to another key
        assertThat(browser.script("const keys = Array.from(document.querySelectorAll('[data-key]'), n => n.dataset.key);"
                                  + " return keys.length === new Set(keys).size")).isEqualTo(true);
        assertThat(browser.findAll(".m-columns")).hasSize(1);
    }

    @Test
    @DisplayName("typed text reaches the app on Enter, not on every key")
    void typing() {
        browser.type(page.control("Note"), "rain later");
        assertThat(page.runs()).isEqualTo(1);

        browser.type(page.control("Note"), "\uE007");
        page.awaitRuns(2);

        assertThat(page.main()).contains("Your note: rain later");
        assertThat(browser.findAll("#m-main strong")).isNotEmpty();
        assertThat(page.value("Note")).isEqualTo("rain later");
    }

    @Test
    @DisplayName("a selectbox in the sidebar changes the metric and the table")
    void selectbox() {
        String lima = WebDriver.elementId(browser.script(
                "return Array.from(arguments[0].options).find(o => o.textContent === 'Lima')",
                new WebDriver.ElementRef(page.control("Station"))));
        browser.click(lima);
        page.awaitRuns(2);

        assertThat(page.main()).contains("Station\nLima", "Lima-0").doesNotContain("Oslo");
    }

    @Test
    @DisplayName("a radio button in the sidebar turns the line chart into a bar chart")
    void radio() {
        String bar = WebDriver.elementId(browser.script(
                "return document.querySelector('#m-sidebar fieldset input[value=\"1\"]')"));
        browser.click(bar);
        page.awaitRuns(2);

        assertThat(browser.findAll("svg.m-chart polyline")).isEmpty();
        assertThat(browser.findAll("svg.m-chart rect.m-bar")).hasSize(14);
    }

    @Test
    @DisplayName("a 100,000-row table scrolls to any row without putting more than a window of rows in the page")
    void bigTable() {
        String viewport = browser.find(".m-table .m-viewport");

        for (int row : List.of(50_000, 99_999)) {
            long start = System.nanoTime();
            browser.script("arguments[0].scrollTop = arguments[1] * 28", new WebDriver.ElementRef(viewport), row);
            String wanted = "Oslo-" + row;
            page.await("row " + row + " to be drawn", () -> (Boolean) browser.script(
                    "return Array.from(document.querySelectorAll('.m-table .m-cell'))"
                    + ".some(c => c.textContent === arguments[0])", wanted));
            assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to draw row " + row)
                                                              .isLessThan(5_000);
        }
        assertThat(browser.findAll(".m-table .m-window .m-row").size()).isLessThan(60);
        assertThat(page.runs()).isEqualTo(1);
    }

    @Test
    @DisplayName("a screenshot of the demo is saved as target/memoria-ui-demo.png")
    void screenshot() throws IOException {
        browser.type(page.control("Note"), "Sunny, with a chance of cache hits\uE007");
        page.awaitRuns(2);

        byte[] png = browser.screenshot();
        Path file = Path.of(System.getProperty("memoria.ui.screenshot.dir", "target"), "memoria-ui-demo.png");
        Files.write(file, png);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(20_000);
    }
}
