package dev.memoria.ui.browser;

import dev.memoria.ui.AppServer;
import dev.memoria.ui.St;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page must never do: run the app's text as code, contact other hosts, or hide an app error. */
@ExtendWith(SharedBrowser.class)
class PageSafetyIT {

    private static final String ATTACK = "<script>window.pwned = 1</script>"
                                         + "<img src=\"http://192.0.2.1/x.png\" onerror=\"window.pwned = 2\">";
    /** Rows of the table that the page loads a window at a time as it scrolls. */
    private static final int TABLE_ROWS = 20_000;
    private static final int FAR_ROW = 15_000;
    private static AppServer hostile;
    private static AppServer duplicates;
    private static AppServer scrolling;
    private final WebDriver browser;
    private final Page page;

    PageSafetyIT(WebDriver browser) {
        this.browser = browser;
        this.page = new Page(browser);
    }

    @BeforeAll
    static void serve() {
        hostile = new AppServer(() -> {
            St.text(ATTACK);
            St.markdown(ATTACK + " [click me](javascript:window.pwned=3) ![x](http://192.0.2.1/y.png)");
            St.title(ATTACK);
            St.json(Map.of(ATTACK, ATTACK));
            St.table(List.of(Map.of("column" + ATTACK, ATTACK)));
            St.selectbox(ATTACK, List.of(ATTACK));
            St.lineChart(Map.of(ATTACK, List.of(1, 2)));
        }).port(0).start();
        duplicates = new AppServer(() -> {
            St.slider("Speed", 0, 100, 50);
            St.sidebar().slider("Speed", 0, 100, 50);
        }).port(0).start();
        scrolling = new AppServer(() -> {
            St.checkbox("Re-run me");
            St.table(IntStream.range(0, TABLE_ROWS).mapToObj(row -> Map.of("city", ATTACK + " row " + row)).toList());
        }).port(0).start();
    }

    @AfterAll
    static void stop() {
        hostile.stop();
        duplicates.stop();
        scrolling.stop();
    }

    @Test
    @DisplayName("script injected through St.text, markdown, titles, JSON, tables, widgets and charts is inert text")
    void injectionIsInert() {
        page.open(hostile.url());

        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.findAll("#m-main script, #m-main img, #m-main [onerror]")).isEmpty();
        assertThat(browser.findAll("#m-main a")).isEmpty();
        assertThat(page.main()).contains("<script>window.pwned = 1</script>");
    }

    @Test
    @DisplayName("two identical widgets in one run show the error, with the fix, on the page")
    void duplicateWidgetIds() {
        page.open(duplicates.url());

        assertThat(page.main()).contains("dev.memoria.ui.DuplicateWidgetIdException: There are two identical"
                                         + " St.slider widgets in this run", "in container sidebar",
                                         "To fix this, pass a unique key to each");
    }

    @Test
    @DisplayName("the page requests nothing from any host but 127.0.0.1, while loading, re-running and scrolling")
    void onlyLocalRequests() {
        browser.performanceLog(); // forget what earlier tests loaded
        page.open(hostile.url());
        page.open(scrolling.url());
        browser.click(page.control("Re-run me"));
        page.awaitRuns(2);
        String viewport = browser.find(".m-table .m-viewport");
        browser.script("arguments[0].scrollTop = arguments[1] * 28", new WebDriver.ElementRef(viewport), FAR_ROW);
        page.await("row " + FAR_ROW + " to be drawn", () -> (Boolean) browser.script(
                "return Array.from(document.querySelectorAll('.m-table .m-cell'))"
                + ".some(c => c.textContent.endsWith(arguments[0]))", " row " + FAR_ROW));

        List<Map<?, ?>> requests = browser.performanceLog().stream()
                .map(event -> (Map<?, ?>) event.get("message"))
                .filter(message -> "Network.requestWillBeSent".equals(message.get("method")))
                .<Map<?, ?>>map(message -> (Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request"))
                .toList();
        List<String> urls = requests.stream().map(request -> (String) request.get("url")).toList();
        String sessions = scrolling.url().resolve("/s/").toString();

        assertThat(urls).contains(hostile.url().toString(), scrolling.url().toString());
        assertThat(requests).as("the re-run: the checkbox's new value posted to the app")
                .anyMatch(request -> "POST".equals(request.get("method"))
                                     && ((String) request.get("url")).startsWith(sessions)
                                     && ((String) request.get("url")).endsWith("/widget"));
        assertThat(urls).as("the scroll: the rows from " + FAR_ROW + " fetched from the app")
                .anyMatch(url -> url.startsWith(sessions) && url.contains("/rows?table=")
                                 && url.contains("&from=" + FAR_ROW + "&"));
        assertThat(urls).allSatisfy(url -> assertThat(url.startsWith("data:") || "127.0.0.1".equals(URI.create(url).getHost()))
                                           .as(url).isTrue());
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    }
}
