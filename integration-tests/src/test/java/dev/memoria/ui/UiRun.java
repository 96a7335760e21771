package dev.memoria.ui;

import dev.memoria.ui.element.Alert;
import dev.memoria.ui.element.Element;
import dev.memoria.ui.element.ExceptionReport;
import dev.memoria.ui.element.Text;
import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.internal.tree.WidgetNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives a memoria-ui app in-process, without a browser or server: one session whose runs happen on the calling
 * thread, and readers for what the page shows. It lives in the toolkit's package (as the toolkit's own AppDriver
 * does) because sessions are not public API.
 */
public final class UiRun {

    private final Session session;

    private UiRun(App app, String sessionId) {
        this.session = new Session(sessionId, app, Runnable::run,
                ended -> SessionEndListeners.sessionEnded(ended.id()));
    }

    /** Opens {@code app} in a new session: its first run has happened when this returns. */
    public static UiRun open(App app) {
        return open(app, "session-1");
    }

    public static UiRun open(App app, String sessionId) {
        return prepare(app, sessionId).rerun();
    }

    /** A session whose first run happens at the first {@link #rerun()}, for apps that need the driver while they run. */
    public static UiRun prepare(App app, String sessionId) {
        return new UiRun(app, sessionId);
    }

    /** Runs the app again, as after a widget change. */
    public UiRun rerun() {
        session.rerun();
        return this;
    }

    /** Ends the session, as a closed tab does: session-end listeners hear of it. */
    public void close() {
        session.end();
    }

    /** The browser sets the widget labelled {@code label} to {@code value} (which re-runs the app). */
    public UiRun set(String label, Object value) {
        session.send(widget(label).widgetId(), value);
        return this;
    }

    /** The body of every {@code text} element, main area then sidebar, depth first. */
    public List<String> texts() {
        return elements().stream().filter(Text.class::isInstance).map(e -> ((Text) e).body()).toList();
    }

    /** The exceptions the page shows. */
    public List<ExceptionReport> exceptions() {
        return elements().stream().filter(ExceptionReport.class::isInstance).map(ExceptionReport.class::cast)
                         .toList();
    }

    /** The id of the container each element sits in, with the element's text: {@code main.3.0:hello}. */
    public List<String> placedTexts() {
        return nodes().stream().filter(n -> n instanceof ElementNode e && e.element() instanceof Text)
                      .map(n -> ((ElementNode) n).id() + ":" + ((Text) ((ElementNode) n).element()).body()).toList();
    }

    /** The warning boxes the page shows. */
    public List<String> warnings() {
        return elements().stream().filter(e -> e instanceof Alert alert && alert.level() == Alert.Level.WARNING)
                         .map(e -> ((Alert) e).body()).toList();
    }

    /** What the page shows, in order, as kinds: {@code text}, {@code warning}, {@code widget:<kind>}, ... */
    public List<String> kinds() {
        return nodes().stream().map(UiRun::kind).filter(kind -> kind != null).toList();
    }

    private static String kind(Node node) {
        if (node instanceof WidgetNode widget) {
            return "widget:" + widget.widget().kind();
        }
        if (node instanceof ElementNode element) {
            return element.element() instanceof Alert alert ? alert.level().name().toLowerCase(java.util.Locale.ROOT)
                    : element.element().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    public List<Element> elements() {
        return nodes().stream().filter(ElementNode.class::isInstance).map(n -> ((ElementNode) n).element()).toList();
    }

    private WidgetNode widget(String label) {
        return nodes().stream().filter(n -> n instanceof WidgetNode w && w.widget().label().equals(label))
                      .map(WidgetNode.class::cast).findFirst()
                      .orElseThrow(() -> new AssertionError("no widget labelled " + label + " in " + nodes()));
    }

    private List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        collect(session.snapshot().main(), nodes);
        collect(session.snapshot().sidebar(), nodes);
        return nodes;
    }

    private static void collect(BlockNode block, List<Node> into) {
        for (Node node : block.children()) {
            into.add(node);
            if (node instanceof BlockNode inner) {
                collect(inner, into);
            }
        }
    }
}
