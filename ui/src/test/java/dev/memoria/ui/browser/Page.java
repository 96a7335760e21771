package dev.memoria.ui.browser;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * An app's page in the browser's current tab, read the way a user sees it: texts, widgets by label, and the page's
 * own account of its session (how many runs completed, whether one is in progress).
 */
public final class Page {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver browser;

    public Page(WebDriver browser) {
        this.browser = browser;
    }

    /** Loads the app (a new session) and waits for its first run to be shown. */
    public Page open(URI app) {
        browser.navigate(app);
        awaitRuns(1);
        return this;
    }

    /** Completed runs of this tab's session, as the page last heard. */
    public int runs() {
        return Integer.parseInt((String) browser.script("return document.body.dataset.runs"));
    }

    /** Waits until the page shows exactly {@code runs} completed runs and no run in progress. */
    public void awaitRuns(int runs) {
        await("the page to show run " + runs + " completed", () -> runs() == runs
                && "idle".equals(browser.script("return document.body.dataset.state")));
    }

    public String session() {
        return (String) browser.script("return document.body.dataset.session");
    }

    public String main() {
        return browser.text(browser.find("#m-main"));
    }

    public String sidebar() {
        return browser.text(browser.find("#m-sidebar"));
    }

    /** The control (input, select, button) of the widget labelled {@code label}. */
    public String control(String label) {
        Object control = browser.script("""
                const widget = Array.from(document.querySelectorAll('[data-widget]')).find(w =>
                    (w.querySelector('.m-label-text, .m-button, legend') || {}).textContent === arguments[0]);
                return widget ? widget.querySelector('input, select, textarea, button') : null;""", label);
        if (control == null) {
            throw new AssertionError("no widget labelled '" + label + "' on the page:\n" + main());
        }
        return WebDriver.elementId(control);
    }

    /** The value the widget labelled {@code label} shows. */
    public String value(String label) {
        return (String) browser.script("return arguments[0].value", new WebDriver.ElementRef(control(label)));
    }

    /** Waits until {@code condition} holds; fails naming {@code what} and the page's text. */
    public void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + "; the page shows:\n"
                                         + main());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
