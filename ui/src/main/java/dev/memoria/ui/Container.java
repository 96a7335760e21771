package dev.memoria.ui;

import dev.memoria.ui.element.Element;
import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.internal.tree.WidgetNode;
import dev.memoria.ui.layout.Columns;
import dev.memoria.ui.layout.Empty;
import dev.memoria.ui.layout.Group;
import dev.memoria.ui.layout.Layout;
import dev.memoria.ui.widget.Widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A place on the page that holds elements, widgets and other containers, in the order they were added: the main
 * area, the sidebar, or a block opened in one of them. A container belongs to one run of one session; the next run
 * builds the page anew.
 *
 * <p>Everything a container shows goes through four methods, whose arguments are records of plain data:
 * {@link #show(Element)}, {@link #open(Layout)}, {@link #input(Widget)} and {@link #clear()}. The named calls
 * ({@code text}, {@code columns}, {@code slider}, ...) of {@link ElementMethods}, {@link LayoutMethods} and
 * {@link WidgetMethods} build a record and call one of them, and {@code St.*} calls go to the
 * {@linkplain St#active() active} container. Making the same calls on another container shows the same things
 * there.
 */
public final class Container implements ElementMethods, LayoutMethods, WidgetMethods {

    private final Run run;
    private final String id;
    private final Layout layout;
    /** {@link Container}, {@link ElementNode} and {@link WidgetNode} items; guarded by the session's lock. */
    private final List<Object> items = new ArrayList<>();

    Container(Run run, String id, Layout layout) {
        this.run = run;
        this.id = id;
        this.layout = layout;
    }

    /**
     * This container's path in its run: {@code main} or {@code sidebar}, then the index of each block on the way
     * ({@code main.3}, {@code main.3.0} for the first column of the fourth item). The same code path gives the same
     * id in every run.
     */
    public String id() {
        return id;
    }

    @Override
    public void show(Element element) {
        Objects.requireNonNull(element, "element");
        run.change(() -> {
            run.shown(add(at -> new ElementNode(at, element, false)));
            return null;
        });
    }

    @Override
    public List<Container> open(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        return run.change(() -> {
            Container block = add(at -> new Container(run, at, layout));
            if (!(layout instanceof Columns)) {
                return List.of(block);
            }
            List<Container> columns = new ArrayList<>(layout.containers());
            for (int i = 0; i < layout.containers(); i++) {
                columns.add(block.add(at -> new Container(run, at, new Group())));
            }
            return List.copyOf(columns);
        });
    }

    @Override
    public <T> T input(Widget<T> widget) {
        Objects.requireNonNull(widget, "widget");
        return run.input(this, widget, (widgetId, value) -> add(at -> new WidgetNode(at, widgetId, widget, value, false)));
    }

    /**
     * The value {@link #input} would return for {@code widget} in this run, without showing or registering it
     * ({@code st.session_state[key]} for any widget): what the browser sent for it, else its kept value, else its
     * initial value.
     */
    public <T> T peek(Widget<T> widget) {
        Objects.requireNonNull(widget, "widget");
        return run.peek(widget);
    }

    /** Removes everything this container holds ({@code placeholder.empty()} in Streamlit). */
    public void clear() {
        run.change(() -> {
            items.clear();
            return null;
        });
    }

    /**
     * Makes this container the target of {@code St.*} calls on the calling thread until the scope is closed:
     * {@code try (var inSidebar = St.sidebar().enter()) { St.slider(...); }}. Works on any thread, so a worker
     * thread can draw into a container of the current run.
     */
    public UntilClosed enter() {
        return Activations.push(this);
    }

    /** Runs {@code body} with this container {@linkplain #enter() active}. */
    public void run(Runnable body) {
        try (UntilClosed active = enter()) {
            body.run();
        }
    }

    @Override
    public String toString() {
        return "Container " + id + " of session " + run.session().id();
    }

    Run owner() {
        return run;
    }

    /** Adds the item made for the next place; an {@link Empty} placeholder first drops what it held. */
    private <I> I add(Function<String, I> itemAt) {
        if (layout instanceof Empty) {
            items.clear();
        }
        I item = itemAt.apply(id + "." + items.size());
        items.add(item);
        return item;
    }

    /** What this container holds now; called under the session's lock. */
    BlockNode snapshot() {
        List<Node> nodes = new ArrayList<>(items.size());
        for (Object item : items) {
            nodes.add(item instanceof Container block ? block.snapshot() : (Node) item);
        }
        return new BlockNode(id, layout, nodes, false);
    }
}
