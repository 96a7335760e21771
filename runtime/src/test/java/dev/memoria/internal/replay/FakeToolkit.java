package dev.memoria.internal.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * A toolkit of the smallest kind, reporting its two funnel calls to {@link UiCalls} as the agent's advice would:
 * {@code show(item)} adds a line to a box, {@code open()} adds a box and returns it. A page has a main box and a
 * sidebar, and an active box. Items are strings or the toolkit's own {@link Mark}s, the classes it records.
 */
final class FakeToolkit implements ReplayBinding {

    static final String NAME = "fake";

    /** An item of the toolkit's own, a record of plain data as a real toolkit's elements are. */
    record Mark(String text) {
    }

    /** One run's page; {@link #lines()} is what it shows, depth first. */
    static final class Page {
        final Box main = new Box("main");
        final Box sidebar = new Box("sidebar");
        Box active = main;

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            main.collect(lines);
            sidebar.collect(lines);
            return lines;
        }
    }

    static final class Box {
        final String id;
        final List<Object> items = new ArrayList<>();

        Box(String id) {
            this.id = id;
        }

        void show(Object item) {
            Object token = UiCalls.entered(NAME, this, "show", new Object[] {item});
            items.add(id + ":" + item);
            UiCalls.exited(token, null, null);
        }

        Box open() {
            Object token = UiCalls.entered(NAME, this, "open", new Object[0]);
            Box box = new Box(id + "." + items.size());
            items.add(box);
            UiCalls.exited(token, box, null);
            return box;
        }

        private void collect(List<String> into) {
            for (Object item : items) {
                if (item instanceof Box box) {
                    box.collect(into);
                } else {
                    into.add((String) item);
                }
            }
        }
    }

    Page page;
    private final List<String> recordedTypes;

    /** A toolkit that records its {@link Mark}s. */
    FakeToolkit() {
        this(List.of("dev.memoria.internal.replay.FakeToolkit$Mark"));
    }

    /** A toolkit that reads back recordings through {@code recordedTypes}. */
    FakeToolkit(List<String> recordedTypes) {
        this.recordedTypes = recordedTypes;
    }

    @Override
    public String toolkit() {
        return NAME;
    }

    @Override
    public Object activeTarget() {
        return page == null ? null : page.active;
    }

    @Override
    public String rootName(Object target) {
        return target == page.main ? "main" : target == page.sidebar ? "sidebar" : null;
    }

    @Override
    public Object root(String name) {
        return name.equals("main") ? page.main : page.sidebar;
    }

    @Override
    public List<?> createdBy(String method, Object returned) {
        return returned instanceof Box box ? List.of(box) : List.of();
    }

    @Override
    public Object invoke(Object target, String method, Object[] args) {
        Box box = (Box) target;
        if (method.equals("open")) {
            return box.open();
        }
        box.show(args[0]);
        return null;
    }

    @Override
    public List<String> recordedTypes() {
        return recordedTypes;
    }

    @Override
    public String describe(Object target, String method, Object[] args) {
        return method + List.of(args) + " on box " + ((Box) target).id;
    }
}
