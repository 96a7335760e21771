package dev.memoria.ui;

/**
 * An app: code that draws a page with {@link St} calls. The toolkit runs it top to bottom once when a browser tab
 * opens and again after every widget change, each time in that tab's session; widget calls return the values the
 * user has set. An exception ends the run and is shown on the page.
 */
@FunctionalInterface
public interface App {

    void run() throws Exception;
}
