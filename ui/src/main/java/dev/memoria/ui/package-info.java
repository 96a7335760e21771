/**
 * A small Streamlit-style app toolkit: an {@link dev.memoria.ui.App} draws a page with {@link dev.memoria.ui.St}
 * calls, and an {@link dev.memoria.ui.AppServer} serves it to browsers, one session per tab, re-running the app top
 * to bottom whenever a widget changes. The toolkit has no dependencies and knows nothing about caching.
 *
 * <h2>The re-run model</h2>
 * A session's runs happen one at a time on a thread of their own. Each run starts with empty containers (the main
 * area and the sidebar) and builds the page anew; widget calls return the session's values. A widget change while
 * a run is in progress stops that run at its next toolkit call and starts a fresh one. A run that completes
 * replaces what the page shows; while one is in progress the page shows its output followed by the rest of the
 * previous run's, greyed.
 *
 * <h2>Binding points</h2>
 * What a binding (Memoria's agent recording element calls inside a cached method and replaying them on a hit, as
 * Streamlit does) can rely on. These are the only entry points it needs; none of them mentions caching.
 * <ol>
 *   <li><b>One funnel.</b> Everything a page shows goes through four public instance methods of
 *       {@link dev.memoria.ui.Container}:
 *       <ul>
 *         <li>{@link dev.memoria.ui.Container#show(dev.memoria.ui.element.Element) show(Element)}: every element
 *             ({@code title}, {@code text}, {@code table}, {@code lineChart}, {@code spinner}'s text, ...);</li>
 *         <li>{@link dev.memoria.ui.Container#open(dev.memoria.ui.layout.Layout) open(Layout)} returning
 *             {@code List<Container>}: every layout block (one container, or one per column);</li>
 *         <li>{@link dev.memoria.ui.Container#input(dev.memoria.ui.widget.Widget) input(Widget&lt;T&gt;)}
 *             returning {@code T}: every widget, and its value in this run;</li>
 *         <li>{@link dev.memoria.ui.Container#clear() clear()}: emptying a placeholder (a closing spinner).</li>
 *       </ul>
 *       Their arguments are records of plain data (packages {@code element}, {@code layout}, {@code widget}). The
 *       named calls of {@link dev.memoria.ui.ElementMethods}, {@link dev.memoria.ui.LayoutMethods} and
 *       {@link dev.memoria.ui.WidgetMethods} (default methods that {@code Container} inherits) build a record and
 *       call the funnel, and every {@code St.*} element, layout or widget call delegates to the
 *       {@link dev.memoria.ui.St#active() active} container. Intercepting the four methods therefore sees every
 *       call exactly once: "method X on container C with arguments A (returned R)"; calling the same method with the
 *       same arguments on another container shows the same thing there. Funnel methods never call one another.</li>
 *   <li><b>Containers.</b> {@code open} returns new containers; {@link dev.memoria.ui.Container#id()} is a path
 *       ({@code main}, {@code sidebar}, {@code main.3}, {@code main.3.0}) stable within a run and for the same code
 *       path across runs. {@link dev.memoria.ui.St#main()} and {@link dev.memoria.ui.St#sidebar()} are the current
 *       run's roots; {@link dev.memoria.ui.St#active()} is where {@code St.*} calls go on this thread.
 *       {@link dev.memoria.ui.Container#enter()} (try-with-resources) and
 *       {@link dev.memoria.ui.Container#run(Runnable)} make a container active. A call that reached container C
 *       through {@code St.*} is one where C was {@code St.active()} at the time (Streamlit's "invoked on main"
 *       case, replayed into whatever is active); a call on a container made outside the recorded method that was
 *       not active is Streamlit's closure case.</li>
 *   <li><b>Widgets.</b> {@code input} registers the widget under its identity
 *       ({@link dev.memoria.ui.widget.WidgetId#of}) and returns its value; an interceptor sees (widget record →
 *       value). Calling {@code input} again with the recorded record in a later run re-registers the widget, as
 *       Streamlit's replay does, and two identical widgets in one run raise
 *       {@link dev.memoria.ui.DuplicateWidgetIdException}. {@link dev.memoria.ui.Container#peek} reads a widget's
 *       value in this run without showing it.</li>
 *   <li><b>Sessions.</b> {@link dev.memoria.ui.St#isRunning()} says whether the calling thread runs for a session,
 *       {@link dev.memoria.ui.St#sessionId()} which one. {@link dev.memoria.ui.St#onSessionEnd} registers a
 *       JVM-wide listener called once per session that ends (tab gone, timeout, server stopped), after its last run
 *       has stopped. {@link dev.memoria.ui.LayoutMethods#spinner(String) Container.spinner(text)} shows a spinner
 *       until closed, also when called from another thread during the run, and
 *       {@link dev.memoria.ui.ElementMethods#warning(String) Container.warning(text)} a warning box.</li>
 *   <li><b>Metrics.</b> {@link dev.memoria.ui.AppServer#addMetrics(java.util.function.Supplier)
 *       AppServer.addMetrics(Supplier&lt;String&gt;)} registers a JVM-wide source of OpenMetrics text (whole
 *       families, no {@code # EOF}), called on every {@code GET /metrics} of every server and served after the
 *       toolkit's own {@code memoria_ui_sessions*} families; closing the returned {@link dev.memoria.ui.UntilClosed}
 *       removes it. A source that throws is left out and named in {@code memoria_ui_metrics_source_errors}, so
 *       the page stays valid OpenMetrics. Memoria's agent registers the cache statistics this way, Streamlit's
 *       {@code cache_memory_bytes} counterpart.</li>
 * </ol>
 */
package dev.memoria.ui;
