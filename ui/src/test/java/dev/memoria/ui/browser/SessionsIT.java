package dev.memoria.ui.browser;

import dev.memoria.ui.AppServer;
import dev.memoria.ui.St;
import dev.memoria.ui.UntilClosed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** One session per tab: independent widget values, an end when the tab goes away, updates beyond the poll limit. */
@ExtendWith(SharedBrowser.class)
class SessionsIT {

    private static final List<String> ENDED = new CopyOnWriteArrayList<>();
    private static UntilClosed listening;
    private static AppServer server;
    private final WebDriver browser;

    SessionsIT(WebDriver browser) {
        this.browser = browser;
    }

    @BeforeAll
    static void serve() {
        listening = St.onSessionEnd(ENDED::add);
        server = levels().sessionTimeout(Duration.ofSeconds(3)).start();
    }

    private static AppServer levels() {
        return new AppServer(() -> {
            int level = St.slider("Level", 0, 100, 10);
            St.text("level " + level + " in run " + St.sessionState().merge("runs", 1, (a, b) -> (int) a + (int) b));
        }).port(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        listening.close();
    }

    @Test
    @DisplayName("two tabs have their own sessions and widget values")
    void tabsAreIndependent() {
        String first = browser.currentTab();
        Page a = new Page(browser).open(server.url());
        browser.click(a.control("Level"));
        a.awaitRuns(2);
        String moved = a.value("Level");

        browser.newTab();
        Page b = new Page(browser).open(server.url());
        assertThat(b.main()).contains("level 10 in run 1");
        String second = browser.currentTab();

        browser.switchTo(first);
        assertThat(a.main()).contains("level " + moved + " in run 2");
        assertThat(moved).isNotEqualTo("10");
        browser.switchTo(second);
        browser.closeTab();
        browser.switchTo(first);
    }

    @Test
    @DisplayName("closing a tab ends its session, and St.onSessionEnd hears of it")
    void closingATabEndsItsSession() {
        String first = browser.currentTab();
        browser.newTab();
        Page page = new Page(browser).open(server.url());
        String session = page.session();

        browser.closeTab();
        browser.switchTo(first);

        page.await("session " + session + " to end", () -> ENDED.contains(session));
    }

    @Test
    @DisplayName("at a limit of one held poll, each of three tabs still updates: the polls over the limit are"
                 + " answered at once and the page asks again a second later")
    void tabsBeyondThePollLimitUpdate() {
        AppServer limited = levels().maxPolls(1).start();
        String first = browser.currentTab();
        List<String> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                browser.newTab();
                tabs.add(browser.currentTab());
                new Page(browser).open(limited.url());
            }
            for (String tab : tabs) {
                browser.switchTo(tab);
                Page page = new Page(browser);
                browser.click(page.control("Level"));
                page.awaitRuns(2);
                assertThat(page.main()).contains("in run 2");
            }
        } finally {
            for (String tab : tabs) {
                browser.switchTo(tab);
                browser.closeTab();
            }
            browser.switchTo(first);
            limited.stop();
        }
    }
}
