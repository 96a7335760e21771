package dev.memoria.ui;

import dev.memoria.ui.element.Table;
import dev.memoria.ui.internal.report.Messages;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.layout.Group;
import dev.memoria.ui.widget.Widget;
import dev.memoria.ui.widget.WidgetId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One top-to-bottom run of the app in a session: the containers it fills, the widgets it has shown and the browser
 * input it started with. Every change goes through {@link #change}, under the session's lock, and only while the
 * run is the session's current one.
 */
final class Run {

    private final Session session;
    private final Map<String, Object> sentToRun;
    private final Container main;
    private final Container sidebar;
    private final WidgetRegistry widgets = new WidgetRegistry();
    /** Tables by element id, for the rows the page fetches as the user scrolls. */
    private final Map<String, Table> tables = new HashMap<>();
    private boolean finished;

    Run(Session session, Map<String, Object> sentToRun) {
        this.session = session;
        this.sentToRun = sentToRun;
        this.main = new Container(this, "main", new Group());
        this.sidebar = new Container(this, "sidebar", new Group());
    }

    Session session() {
        return session;
    }

    Container main() {
        return main;
    }

    Container sidebar() {
        return sidebar;
    }

    Map<String, Object> sentToRun() {
        return sentToRun;
    }

    WidgetRegistry widgets() {
        return widgets;
    }

    /** Applies {@code mutation} to this run's containers, if the run may still change. */
    <R> R change(Supplier<R> mutation) {
        synchronized (session) {
            if (finished) {
                throw new IllegalStateException(Messages.runFinished(session.id()));
            }
            session.stopIfSuperseded(this);
            R result = mutation.get();
            session.changed();
            return result;
        }
    }

    /** Registers and shows {@code widget} in {@code container} and returns its value. */
    <T> T input(Container container, Widget<T> widget, BiConsumer<String, T> show) {
        String widgetId = WidgetId.of(widget);
        String callSite = CallSite.ofCaller();
        return change(() -> {
            widgets.register(widgetId, widget, container.id(), callSite);
            T value = session.widgetValue(widgetId, widget, sentToRun);
            show.accept(widgetId, value);
            return value;
        });
    }

    /** {@code widget}'s value in this run; unlike {@link #change}, it works in a run that was stopped or has finished. */
    <T> T peek(Widget<T> widget) {
        synchronized (session) {
            return session.widgetValue(WidgetId.of(widget), widget, sentToRun);
        }
    }

    void shown(ElementNode node) {
        if (node.element() instanceof Table table) {
            tables.put(node.id(), table);
        }
    }

    Optional<Table> table(String elementId) {
        return Optional.ofNullable(tables.get(elementId));
    }

    /** No change is accepted after this; called under the session's lock. */
    void finish() {
        finished = true;
    }
}
