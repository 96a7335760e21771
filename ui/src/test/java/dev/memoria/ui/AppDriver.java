package dev.memoria.ui;

import dev.memoria.ui.element.Element;
import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.internal.tree.Snapshot;
import dev.memoria.ui.internal.tree.WidgetNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * Drives an app in-process, without a browser: a session whose runs happen on the calling thread (unless given an
 * executor), and readers for what it shows.
 */
final class AppDriver {

    final Session session;
    final List<String> ended = new CopyOnWriteArrayList<>();

    AppDriver(App app) {
        this(app, Runnable::run);
    }

    AppDriver(App app, Executor runner) {
        this(app, runner, "session-1");
    }

    AppDriver(App app, Executor runner, String sessionId) {
        this.session = new Session(sessionId, app, runner, s -> ended.add(s.id()));
    }

    /** The first run, as when a tab opens the page. */
    AppDriver open() {
        session.rerun();
        return this;
    }

    /** The browser sets the widget labelled {@code label} to {@code value}. */
    AppDriver set(String label, Object value) {
        session.send(widget(label).widgetId(), value);
        return this;
    }

    /** The browser clicks the button labelled {@code label}. */
    AppDriver click(String label) {
        return set(label, true);
    }

    Snapshot snapshot() {
        return session.snapshot();
    }

    int runs() {
        return snapshot().runs();
    }

    WidgetNode widget(String label) {
        return nodes().stream().filter(n -> n instanceof WidgetNode w && w.widget().label().equals(label))
                      .map(WidgetNode.class::cast).findFirst()
                      .orElseThrow(() -> new AssertionError("no widget labelled " + label + " in " + nodes()));
    }

    /** The elements of the main area and then the sidebar, depth first. */
    List<Element> elements() {
        return nodes().stream().filter(ElementNode.class::isInstance).map(n -> ((ElementNode) n).element()).toList();
    }

    /** Every node of the main area and then the sidebar, depth first, blocks before what they hold. */
    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        Snapshot snapshot = snapshot();
        collect(snapshot.main(), nodes);
        collect(snapshot.sidebar(), nodes);
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
