package dev.memoria.ui.internal.report;

/**
 * The toolkit's messages, written in one place so that they read alike: what is wrong, why, and what to do. The
 * runtime's {@code dev.memoria.internal.report.Messages} is the model. Each method returns the text; the caller throws
 * it, prints it to stderr, or sends it to the browser. Arguments are plain text and numbers, so every package can use
 * this class and it uses none of theirs.
 */
public final class Messages {

    private Messages() {
    }

    // ---- configuring and starting an AppServer (also read from -Dmemoria.ui.* properties)

    public static String badPort(int port) {
        return "a port is 0 (any free port) to 65535; got " + port;
    }

    public static String sessionTimeoutTooShort(String timeout) {
        return "the session timeout must be at least 1 second; got " + timeout;
    }

    /** @param setting the AppServer method, e.g. {@code maxSessions} */
    public static String settingBelowOne(String setting, int value) {
        return "AppServer." + setting + " must be at least 1; got " + value;
    }

    public static String serverStarted() {
        return "The server has started; configure it before start()";
    }

    public static String unknownHost(String host) {
        return "Cannot resolve the host '" + host + "' to listen on; pass an IP address such as 127.0.0.1 to"
               + " AppServer.host(...)";
    }

    public static String portTaken(String host, int port, String failure) {
        return "Cannot listen on " + host + ":" + port + ": " + failure + ". Is another app using the port? Stop it,"
               + " or choose another port with AppServer.port(...); port 0 picks a free one.";
    }

    /** The cause is chained to the exception, which is why this text does not repeat it. */
    public static String serverFailedToStart(String host, int port) {
        return "Cannot start the HTTP server on " + host + ":" + port;
    }

    public static String propertyNotAWholeNumber(String property, String value, int fallback) {
        return "The system property " + property + " is '" + value + "'; it must be a whole number of at least 1"
               + " (unset, it is " + fallback + "). Fix or remove -D" + property + ".";
    }

    public static String propertyNotADuration(String property, String value, long fallbackSeconds) {
        return "The system property " + property + " is '" + value + "'; it must be a duration of at least one"
               + " second such as 90s, 5m, 1h or PT90S (unset, it is " + fallbackSeconds + "s). Fix or remove -D"
               + property + ".";
    }

    /** Printed by St.run once the server listens. */
    public static String appAt(String url) {
        return "Memoria UI: the app is at " + url;
    }

    // ---- where St calls may run

    public static String noActiveRun(String thread) {
        return "No Memoria app run is active on thread '" + thread + "'. St calls work inside an App that an"
               + " AppServer runs (new AppServer(app).start()); on a thread of your own, wrap them in"
               + " container.run(...) with a container of the current run.";
    }

    public static String scopesClosedOutOfOrder(String closed, String stillOpen) {
        return "The scope of container " + closed + " was closed while the scope of container " + stillOpen
               + ", entered later, was still open. Close scopes in the reverse order of enter(), e.g. with"
               + " try-with-resources.";
    }

    public static String runFinished(String session) {
        return "This container belongs to a run of session " + session + " that has finished. A run builds the"
               + " whole page anew: take containers from the current run (St.main(), St.sidebar(), St.container(),"
               + " ...) rather than keeping them across runs.";
    }

    // ---- elements, layouts and widgets: checked where they are built

    public static String badHeadingLevel(int level) {
        return "a heading's level is 1 (title), 2 (header) or 3 (subheader); got " + level;
    }

    public static String noColumns() {
        return "columns need at least one column; got none";
    }

    public static String badColumnWeights(String weights) {
        return "column weights must be positive and finite; got " + weights;
    }

    public static String badColumnCount(int count) {
        return "columns need a count of at least 1; got " + count;
    }

    public static String widgetWithoutLabel() {
        return "a widget needs a label (it may be empty)";
    }

    public static String blankWidgetKey() {
        return "a widget key must not be blank; pass null for a widget without a key";
    }

    /** @param kind the widget, e.g. {@code selectbox} */
    public static String notAnOptionIndex(String kind, String label, int index, int options) {
        return kind + " \"" + label + "\": index " + index + " is not an index of its " + options + " options";
    }

    public static String defaultsNotAmongOptions(String label, String defaults, String options) {
        return "multiselect \"" + label + "\": the defaults " + defaults + " must all be among the options "
               + options;
    }

    public static String nullInitialText(String kind, String label) {
        return kind + " \"" + label + "\": the initial value must not be null; use \"\" for an empty field";
    }

    public static String unsupportedNumberType(String kind, String type) {
        return kind + " values are int, long, float or double; got " + type;
    }

    public static String mixedNumberTypes(String kind, String label, String type, String otherType, String other) {
        return numeric(kind, label) + "min, max, value and step must all be " + type + "; got " + otherType + " "
               + other;
    }

    public static String valueOutOfBounds(String kind, String label, String value, String min, String max) {
        return numeric(kind, label) + "the value " + value + " is outside [" + min + ", " + max + "]";
    }

    public static String stepNotPositive(String kind, String label, String step) {
        return numeric(kind, label) + "the step must be positive; got " + step;
    }

    public static String sliderWithoutBounds(String label, String min, String max) {
        return "slider \"" + label + "\" needs both bounds; got min " + min + ", max " + max;
    }

    private static String numeric(String kind, String label) {
        return kind + " \"" + label + "\": ";
    }

    public static String nestsTooDeep(int maxDepth) {
        return "the value nests more than " + maxDepth + " levels deep (does it contain itself?); show a smaller or"
               + " acyclic value";
    }

    /**
     * Two widgets with one key.
     *
     * @param first  where the first was made: the call, then the place, e.g. {@code St.button("Go", ...) at ...}
     */
    public static String duplicateKey(String key, String first, String second) {
        return "There are two widgets with the key \"" + key + "\" in this run:\n"
               + "  1. " + first + "\n"
               + "  2. " + second + "\n"
               + "A key identifies a widget and its value, so it must be unique among the widgets of a run.\n"
               + "To fix this, give each of these widgets its own key.";
    }

    /**
     * Two widgets without a key that nothing tells apart.
     *
     * @param kind    e.g. {@code St.button}
     * @param example the second call with a key added
     */
    public static String duplicateWidget(String kind, String label, String first, String second, String example) {
        return "There are two identical " + kind + " widgets in this run, with the same label \"" + label + "\" and"
               + " the same parameters:\n"
               + "  1. " + first + "\n"
               + "  2. " + second + "\n"
               + "A widget without a key is identified by its kind, label and parameters, so these two would share one"
               + " value.\nTo fix this, pass a unique key to each, as the last argument of " + kind + ", e.g. "
               + example + ".";
    }

    // ---- sessions: what the browser shows, and what the server's operator reads on stderr

    /** Shown in the tab that gets no session. */
    public static String sessionsFull(int maxSessions, long timeoutSeconds) {
        return "This app has as many open sessions as it allows (" + maxSessions + "), so this tab gets none. A"
               + " session ends when its tab is closed, or " + timeoutSeconds + " s after its tab stopped polling."
               + " Close the tabs of this app you no longer use and reload this page in a minute, or have whoever"
               + " runs the app raise the limit (-Dmemoria.ui.maxSessions=N or AppServer.maxSessions(N)).";
    }

    /** Printed once per server. */
    public static String refusingSessions(int maxSessions) {
        return "Memoria UI: refusing new sessions at the limit of " + maxSessions + " open (-Dmemoria.ui.maxSessions"
               + " or AppServer.maxSessions). Raise it if this many users are expected; otherwise something is"
               + " opening the page in a loop. Said once per server; /metrics counts the refusals.";
    }

    /** Followed by the stack trace. */
    public static String sessionEndListenerFailed(String session) {
        return "Memoria UI: a session-end listener failed for session " + session + ":";
    }

    /** Followed by the stack trace; the page shows the exception too. */
    public static String appFailed(String session) {
        return "Memoria UI: the app failed in session " + session + "; the page shows:";
    }

    /** Inside the page's noscript element. */
    public static String needsJavaScript() {
        return "This page shows the app's first run. Its widgets and updates need JavaScript: allow it for this"
               + " address, or open the page in a browser that runs it.";
    }

    public static String sessionEnded() {
        return "This session has ended. Reload the page to start a new one.";
    }

    public static String serverStopping() {
        return "The server is stopping. Reload the page when it runs again.";
    }

    // ---- requests the server refuses

    public static String wrongHost(String allowedHosts, String host) {
        return "Memoria UI answers requests addressed to " + allowedHosts + " only (a defence against DNS rebinding"
               + " and cross-site requests); this one came for host '" + host + "'. Open the address the server"
               + " printed, or bind it to another address with AppServer.host(...).";
    }

    public static String foreignOrigin(String origin, String host) {
        return "Memoria UI answers requests of its own pages only (a defence against cross-site requests); this one"
               + " came from a page of '" + origin + "' for '" + host + "'. Use the app from the page at its own"
               + " address.";
    }

    /** @param site the request's Sec-Fetch-Site header */
    public static String crossSiteRequest(String site) {
        return "Memoria UI refuses requests that a page of another site makes the browser send (this one's"
               + " Sec-Fetch-Site is '" + site + "'): they could run the app or act on its sessions. Open the app"
               + " from its own address: type it in the address bar or use a bookmark.";
    }

    /** The page a browser shows when another site links to the app; HTML. */
    public static String crossSiteNavigationPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Open the app from its own"
               + " address</title></head><body><p>You came to this Memoria app from another site. The app runs code"
               + " on this computer, so it starts only when opened from its own address, never on another site's"
               + " behalf.</p><p><a href=\"/\">Open the app</a></p></body></html>";
    }

    public static String notAWidgetChange() {
        return "Expected {\"id\": \"<widget id>\", \"value\": <value>}";
    }

    public static String noSuchTable() {
        return "No such table in this session's page";
    }

    public static String notTheApp() {
        return "Not found: the app is at /";
    }

    public static String notTheMetrics() {
        return "Not found: GET /metrics reads the metrics";
    }

    /** A packaging fault: the jar was built without the page's assets. */
    public static String assetMissing(String asset, String nextTo) {
        return "the toolkit's jar lacks " + asset + " next to " + nextTo + "; rebuild memoria-ui";
    }
}
