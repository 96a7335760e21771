package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the agent binds a Streamlit-like toolkit, described by names only, so that the toolkit needs no knowledge of
 * caching and Memoria no compile-time knowledge of the toolkit. Built in for memoria-ui ({@link #MEMORIA_UI}); any
 * other toolkit is described in a {@code [ui]} section of a rules file. Immutable; the builder checks every name when
 * it is given, so a wrong description fails when it is read, not at the first cached call.
 *
 * <p>Required: the class of the targets (containers) every draw call funnels through, its funnel methods (elements,
 * layouts that return the targets they create, widgets whose first parameter describes the widget and that return
 * its value), and static methods saying whether the calling thread runs a UI session and which target is active.
 * Optional, each enabling one feature: roots (main area, sidebar), reading a widget's value and identity
 * ({@code allowWidgets}), a warning element ({@code CachedWidgetWarning}), a spinner, the session id and end
 * ({@code scope = SESSION}), a metrics page, and the classes recordings may hold (replay after a restart).
 */
public final class UiToolkit {

    /** memoria-ui, Memoria's own toolkit: see the "Binding points" of its {@code dev.memoria.ui} package. */
    public static final UiToolkit MEMORIA_UI = builder("memoria-ui", "dev.memoria.ui.Container")
            .elements("show(dev.memoria.ui.element.Element)", "clear()")
            .layouts("open(dev.memoria.ui.layout.Layout)")
            .widgets("input(dev.memoria.ui.widget.Widget)")
            .running("dev.memoria.ui.St::isRunning")
            .active("dev.memoria.ui.St::active")
            .root("main", "dev.memoria.ui.St::main")
            .root("sidebar", "dev.memoria.ui.St::sidebar")
            .peek("peek(dev.memoria.ui.widget.Widget)")
            .widgetId("dev.memoria.ui.widget.WidgetId::of")
            .warning("warning(java.lang.String)")
            .spinner("spinner(java.lang.String)")
            .sessionId("dev.memoria.ui.St::sessionId")
            .sessionEnd("dev.memoria.ui.St::onSessionEnd")
            .metrics("dev.memoria.ui.AppServer::addMetrics")
            .recordedTypes("dev.memoria.ui.element.*", "dev.memoria.ui.layout.*", "dev.memoria.ui.widget.*")
            .build();

    private final String name;
    private final String targetClass;
    private final List<InstanceMethod> elements;
    private final List<InstanceMethod> layouts;
    private final List<InstanceMethod> widgets;
    private final StaticMethod running;
    private final StaticMethod active;
    private final Map<String, StaticMethod> roots;
    private final InstanceMethod peek;
    private final StaticMethod widgetId;
    private final InstanceMethod warning;
    private final InstanceMethod spinner;
    private final StaticMethod sessionId;
    private final StaticMethod sessionEnd;
    private final StaticMethod metrics;
    private final List<String> recordedTypes;

    private UiToolkit(Builder builder) {
        this.name = builder.name;
        this.targetClass = builder.targetClass;
        this.elements = List.copyOf(builder.elements);
        this.layouts = List.copyOf(builder.layouts);
        this.widgets = List.copyOf(builder.widgets);
        this.running = builder.running;
        this.active = builder.active;
        this.roots = Map.copyOf(builder.roots);
        this.peek = builder.peek;
        this.widgetId = builder.widgetId;
        this.warning = builder.warning;
        this.spinner = builder.spinner;
        this.sessionId = builder.sessionId;
        this.sessionEnd = builder.sessionEnd;
        this.metrics = builder.metrics;
        this.recordedTypes = List.copyOf(builder.recordedTypes);
    }

    /**
     * @param name        the toolkit's name, stored in recordings, e.g. {@code acme-ui}
     * @param targetClass the class of the targets (containers), e.g. {@code com.acme.Box}
     */
    public static Builder builder(String name, String targetClass) {
        return new Builder(name, targetClass);
    }

    public String name() {
        return name;
    }

    public String targetClass() {
        return targetClass;
    }

    /** The class of the targets as the JVM names it in a class file, e.g. {@code dev/memoria/ui/Container}. */
    String internalName() {
        return targetClass.replace('.', '/');
    }

    /** Every funnel method: the ones woven. */
    List<InstanceMethod> funnels() {
        List<InstanceMethod> all = new ArrayList<>(elements);
        all.addAll(layouts);
        all.addAll(widgets);
        return all;
    }

    List<InstanceMethod> widgets() {
        return widgets;
    }

    StaticMethod running() {
        return running;
    }

    StaticMethod active() {
        return active;
    }

    Map<String, StaticMethod> roots() {
        return roots;
    }

    InstanceMethod peek() {
        return peek;
    }

    StaticMethod widgetId() {
        return widgetId;
    }

    InstanceMethod warning() {
        return warning;
    }

    InstanceMethod spinner() {
        return spinner;
    }

    StaticMethod sessionId() {
        return sessionId;
    }

    StaticMethod sessionEnd() {
        return sessionEnd;
    }

    StaticMethod metrics() {
        return metrics;
    }

    List<String> recordedTypes() {
        return recordedTypes;
    }

    @Override
    public String toString() {
        return "UiToolkit[" + name + ", " + targetClass + "]";
    }

    /** Collects a description; every method throws {@link IllegalArgumentException} naming what is wrong. */
    public static final class Builder {

        private final String name;
        private final String targetClass;
        private final List<InstanceMethod> elements = new ArrayList<>();
        private final List<InstanceMethod> layouts = new ArrayList<>();
        private final List<InstanceMethod> widgets = new ArrayList<>();
        private final Map<String, StaticMethod> roots = new LinkedHashMap<>();
        private final List<String> recordedTypes = new ArrayList<>();
        private StaticMethod running;
        private StaticMethod active;
        private InstanceMethod peek;
        private StaticMethod widgetId;
        private InstanceMethod warning;
        private InstanceMethod spinner;
        private StaticMethod sessionId;
        private StaticMethod sessionEnd;
        private StaticMethod metrics;

        private Builder(String name, String targetClass) {
            if (name == null || !TypeNames.isToolkitName(name)) {
                throw new IllegalArgumentException(Messages.badToolkitName(name));
            }
            if (targetClass == null || !TypeNames.isTypeName(targetClass)) {
                throw new IllegalArgumentException(Messages.badTargetClass(targetClass, name));
            }
            this.name = name;
            this.targetClass = targetClass;
        }

        /** Methods that show an element (draw something, or empty a placeholder). */
        public Builder elements(String... methods) {
            addAll(elements, methods);
            return this;
        }

        /** Methods that open layout blocks and return the target (or a {@code List} of targets) they create. */
        public Builder layouts(String... methods) {
            addAll(layouts, methods);
            return this;
        }

        /** Methods that show a widget described by their first parameter and return its value in this run. */
        public Builder widgets(String... methods) {
            for (String method : methods) {
                InstanceMethod widget = InstanceMethod.parse(method);
                if (widget.parameterTypes().isEmpty()) {
                    throw new IllegalArgumentException(Messages.widgetWithoutParameter(method, name));
                }
                widgets.add(widget);
            }
            return this;
        }

        /** {@code static boolean}: whether the calling thread runs a UI session. */
        public Builder running(String method) {
            running = StaticMethod.parse(method);
            return this;
        }

        /** {@code static} target: where calls without an explicit target go on this thread. */
        public Builder active(String method) {
            active = StaticMethod.parse(method);
            return this;
        }

        /** {@code static} target: a root of the current run, e.g. {@code main} or {@code sidebar}. */
        public Builder root(String rootName, String method) {
            if (!TypeNames.isIdentifier(rootName)) {
                throw new IllegalArgumentException(Messages.badRootName(rootName, name));
            }
            roots.put(rootName, StaticMethod.parse(method));
            return this;
        }

        /** Instance method taking a widget: its value in this run, without showing it. */
        public Builder peek(String method) {
            peek = InstanceMethod.parse(method);
            return this;
        }

        /** {@code static String}, taking a widget: its identity within the session. */
        public Builder widgetId(String method) {
            widgetId = StaticMethod.parse(method);
            return this;
        }

        /** Instance method taking a {@code String}: shows a warning element. */
        public Builder warning(String method) {
            warning = InstanceMethod.parse(method);
            return this;
        }

        /** Instance method taking a {@code String}: shows a spinner, removed when the {@code AutoCloseable} returned is closed. */
        public Builder spinner(String method) {
            spinner = InstanceMethod.parse(method);
            return this;
        }

        /** {@code static String}: the session the calling thread's run serves. */
        public Builder sessionId(String method) {
            sessionId = StaticMethod.parse(method);
            return this;
        }

        /** {@code static}, taking a {@code Consumer<String>}: called with the id of every session that ends. */
        public Builder sessionEnd(String method) {
            sessionEnd = StaticMethod.parse(method);
            return this;
        }

        /** {@code static}, taking a {@code Supplier<String>}: adds OpenMetrics text to the toolkit's metrics page. */
        public Builder metrics(String method) {
            metrics = StaticMethod.parse(method);
            return this;
        }

        /** Classes the arguments of funnel calls are made of: a class name, or a package followed by {@code .*}. */
        public Builder recordedTypes(String... patterns) {
            for (String pattern : patterns) {
                if (!TypeNames.isTypePattern(pattern)) {
                    throw new IllegalArgumentException(Messages.badRecordedType(pattern, name));
                }
                recordedTypes.add(pattern);
            }
            return this;
        }

        /** @throws IllegalArgumentException when a required part is missing */
        public UiToolkit build() {
            List<String> missing = new ArrayList<>();
            if (elements.isEmpty() && layouts.isEmpty() && widgets.isEmpty()) {
                missing.add("funnel methods (elements, layouts or widgets)");
            }
            if (running == null) {
                missing.add("running");
            }
            if (active == null) {
                missing.add("active");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(Messages.toolkitLacks(name, missing));
            }
            if ((peek == null) != (widgetId == null)) {
                throw new IllegalArgumentException(Messages.peekWithoutWidgetId(name, peek == null));
            }
            return new UiToolkit(this);
        }

        private void addAll(List<InstanceMethod> into, String... methods) {
            for (String method : Objects.requireNonNull(methods, "methods")) {
                into.add(InstanceMethod.parse(method));
            }
        }
    }
}
