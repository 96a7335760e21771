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

import static org.assertj.core.api.Assertions.assertThat;

/** What the page must never do: run the app's text as code, contact other hosts, or hide an app error. */
@ExtendWith(SharedBrowser.class)
class PageSafetyIT {

    private static final String ATTACK = "<script>window.pwned = 1</script>"
                                         + "<img src=\"http://192.0.2.1/x.png\" onerror=\"window.pwned = 2\">";
    private static AppServer hostile;
    private static AppServer duplicates;
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
    }

    @AfterAll
    static void stop() {
        hostile.stop();
        duplicates.stop();
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
        browser.script("document.querySelector('.m-table .m-viewport').scrollTop = 1000");
        page.open(duplicates.url());

        List<String> urls = browser.performanceLog().stream()
                .map(event -> (Map<?, ?>) event.get("message"))
                .filter(message -> "Network.requestWillBeSent".equals(message.get("method")))
                .map(message -> (String) ((Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request")).get("url"))
                .toList();

        assertThat(urls).isNotEmpty().contains(hostile.url().toString(), duplicates.url().toString());
        assertThat(urls).allSatisfy(url -> assertThat(url.startsWith("data:") || "127.0.0.1".equals(URI.create(url).getHost()))
                                           .as(url).isTrue());
    }
}
