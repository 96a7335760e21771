package dev.memoria.ui;

import dev.memoria.ui.internal.report.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The toolkit's static facade, in the spirit of Streamlit's {@code st.*}. An {@link App} calls these while it runs;
 * each element, layout or widget call goes to the {@linkplain #active() active container} of the calling thread,
 * which is the main area unless the app {@linkplain Container#enter() entered} another one. The methods are
 * documented on {@link ElementMethods}, {@link LayoutMethods} and {@link WidgetMethods}.
 *
 * <pre>{@code
 * St.run(() -> {
 *     St.title("Forecast");
 *     String city = St.selectbox("City", List.of("Oslo", "Lima"));
 *     int days = St.sidebar().slider("Days", 1, 14, 7);
 *     St.lineChart(Map.of("temperature", forecast(city, days)));
 * });
 * }</pre>
 */
public final class St {

    private St() {
    }

    // ---- apps and sessions ----

    /**
     * Serves {@code app} at http://127.0.0.1:8501 and prints the address. Its limits (sessions, threads, the session
     * timeout) are {@link AppServer}'s defaults, which {@code -Dmemoria.ui.*} system properties change; for other
     * settings, start an {@link AppServer} yourself.
     */
    public static AppServer run(App app) {
        AppServer server = new AppServer(app).start();
        System.out.println(Messages.appAt(server.url().toString()));
        return server;
    }

    /** The container {@code St.*} calls on this thread go to: the innermost one entered, else the main area. */
    public static Container active() {
        return Activations.active();
    }

    /** The main area of the current run. */
    public static Container main() {
        return active().owner().main();
    }

    /** The sidebar of the current run ({@code st.sidebar}). */
    public static Container sidebar() {
        return active().owner().sidebar();
    }

    /** Whether the calling thread is running an app (or working inside {@link Container#run}). */
    public static boolean isRunning() {
        return Activations.any();
    }

    /** The id of the session the current run serves: one per browser tab. */
    public static String sessionId() {
        return active().owner().session().id();
    }

    /**
     * The app's own values for the current session ({@code st.session_state}); they last as long as the session. The
     * map is safe to use from several threads, and so takes no null keys or values.
     */
    public static Map<String, Object> sessionState() {
        return active().owner().session().state();
    }

    /**
     * Calls {@code listener} with the id of every session that ends, in any server of this JVM: its tab closed or
     * stopped polling, or its server stopped. The listener runs once per session, after the session's last run has
     * stopped. Closing the returned scope removes the listener.
     */
    public static UntilClosed onSessionEnd(Consumer<String> listener) {
        return SessionEndListeners.add(listener);
    }

    // ---- elements ----

    public static void title(String text) {
        active().title(text);
    }

    public static void header(String text) {
        active().header(text);
    }

    public static void subheader(String text) {
        active().subheader(text);
    }

    public static void text(String body) {
        active().text(body);
    }

    public static void markdown(String body) {
        active().markdown(body);
    }

    public static void code(String body) {
        active().code(body);
    }

    public static void code(String body, String language) {
        active().code(body, language);
    }

    public static void json(Object value) {
        active().json(value);
    }

    public static void write(Object... values) {
        active().write(values);
    }

    public static void table(Object data) {
        active().table(data);
    }

    public static void table(List<String> columns, List<? extends List<?>> rows) {
        active().table(columns, rows);
    }

    public static void lineChart(Map<String, ? extends List<? extends Number>> series) {
        active().lineChart(series);
    }

    public static void lineChart(List<? extends Number> values) {
        active().lineChart(values);
    }

    public static void barChart(Map<String, ? extends List<? extends Number>> series) {
        active().barChart(series);
    }

    public static void barChart(List<? extends Number> values) {
        active().barChart(values);
    }

    public static void metric(String label, Object value) {
        active().metric(label, value);
    }

    public static void metric(String label, Object value, Object delta) {
        active().metric(label, value, delta);
    }

    public static void success(String body) {
        active().success(body);
    }

    public static void info(String body) {
        active().info(body);
    }

    public static void warning(String body) {
        active().warning(body);
    }

    public static void error(String body) {
        active().error(body);
    }

    public static void divider() {
        active().divider();
    }

    public static void exception(Throwable exception) {
        active().exception(exception);
    }

    // ---- layout ----

    public static Container container() {
        return active().container();
    }

    public static List<Container> columns(int count) {
        return active().columns(count);
    }

    public static List<Container> columns(double... weights) {
        return active().columns(weights);
    }

    public static Container expander(String label) {
        return active().expander(label);
    }

    public static Container expander(String label, boolean expanded) {
        return active().expander(label, expanded);
    }

    public static Container empty() {
        return active().empty();
    }

    public static UntilClosed spinner(String text) {
        return active().spinner(text);
    }

    // ---- widgets ----

    public static boolean button(String label) {
        return active().button(label);
    }

    public static boolean button(String label, String key) {
        return active().button(label, key);
    }

    public static boolean checkbox(String label) {
        return active().checkbox(label);
    }

    public static boolean checkbox(String label, boolean value) {
        return active().checkbox(label, value);
    }

    public static boolean checkbox(String label, boolean value, String key) {
        return active().checkbox(label, value, key);
    }

    public static int slider(String label, int min, int max) {
        return active().slider(label, min, max);
    }

    public static int slider(String label, int min, int max, int value) {
        return active().slider(label, min, max, value);
    }

    public static int slider(String label, int min, int max, int value, int step, String key) {
        return active().slider(label, min, max, value, step, key);
    }

    public static double slider(String label, double min, double max) {
        return active().slider(label, min, max);
    }

    public static double slider(String label, double min, double max, double value) {
        return active().slider(label, min, max, value);
    }

    public static double slider(String label, double min, double max, double value, double step, String key) {
        return active().slider(label, min, max, value, step, key);
    }

    public static int numberInput(String label, int value) {
        return active().numberInput(label, value);
    }

    public static double numberInput(String label, double value) {
        return active().numberInput(label, value);
    }

    public static int numberInput(String label, Integer min, Integer max, int value, int step, String key) {
        return active().numberInput(label, min, max, value, step, key);
    }

    public static double numberInput(String label, Double min, Double max, double value, double step, String key) {
        return active().numberInput(label, min, max, value, step, key);
    }

    public static String textInput(String label) {
        return active().textInput(label);
    }

    public static String textInput(String label, String value) {
        return active().textInput(label, value);
    }

    public static String textInput(String label, String value, String key) {
        return active().textInput(label, value, key);
    }

    public static String textArea(String label) {
        return active().textArea(label);
    }

    public static String textArea(String label, String value) {
        return active().textArea(label, value);
    }

    public static String textArea(String label, String value, String key) {
        return active().textArea(label, value, key);
    }

    public static <T> T selectbox(String label, List<T> options) {
        return active().selectbox(label, options);
    }

    public static <T> T selectbox(String label, List<T> options, int index, String key) {
        return active().selectbox(label, options, index, key);
    }

    public static <T> T radio(String label, List<T> options) {
        return active().radio(label, options);
    }

    public static <T> T radio(String label, List<T> options, int index, String key) {
        return active().radio(label, options, index, key);
    }

    public static <T> List<T> multiselect(String label, List<T> options) {
        return active().multiselect(label, options);
    }

    public static <T> List<T> multiselect(String label, List<T> options, List<T> defaults, String key) {
        return active().multiselect(label, options, defaults, key);
    }

    public static LocalDate dateInput(String label) {
        return active().dateInput(label);
    }

    public static LocalDate dateInput(String label, LocalDate value) {
        return active().dateInput(label, value);
    }

    public static LocalDate dateInput(String label, LocalDate value, String key) {
        return active().dateInput(label, value, key);
    }
}
