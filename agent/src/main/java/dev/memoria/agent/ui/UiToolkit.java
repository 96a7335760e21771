package dev.memoria.agent.ui;

import java.util.List;
import java.util.Map;

/**
 * How the agent binds a Streamlit-like toolkit, described by names only so that the toolkit needs no knowledge of
 * caching and Memoria no compile-time knowledge of the toolkit: the class every draw call funnels through, its funnel
 * methods, and the static methods that say whether a UI run is active, which target is active, and where the roots
 * are. Static methods are written {@code com.acme.Ui#active}; they take no arguments.
 *
 * @param name          the toolkit's name, stored in recordings
 * @param targetClass   the class of the targets (containers), e.g. {@code dev.memoria.ui.Container}
 * @param funnelMethods the instance methods of {@code targetClass} every draw call goes through, as name and
 *                      descriptor, e.g. {@code show(Ldev/memoria/ui/element/Element;)V}
 * @param running       {@code static boolean}: whether the calling thread runs a UI session
 * @param active        {@code static} target: where calls without an explicit target go on this thread
 * @param roots         root name to {@code static} target method, e.g. {@code main}, {@code sidebar}
 */
public record UiToolkit(String name, String targetClass, List<String> funnelMethods, String running, String active,
                        Map<String, String> roots) {

    /** memoria-ui, Memoria's own toolkit: see the "Binding points" of its {@code dev.memoria.ui} package. */
    public static final UiToolkit MEMORIA_UI = new UiToolkit("memoria-ui", "dev.memoria.ui.Container",
            List.of("show(Ldev/memoria/ui/element/Element;)V",
                    "open(Ldev/memoria/ui/layout/Layout;)Ljava/util/List;",
                    "input(Ldev/memoria/ui/widget/Widget;)Ljava/lang/Object;",
                    "clear()V"),
            "dev.memoria.ui.St#isRunning", "dev.memoria.ui.St#active",
            Map.of("main", "dev.memoria.ui.St#main", "sidebar", "dev.memoria.ui.St#sidebar"));

    /** The class of the targets as the JVM names it in a class file, e.g. {@code dev/memoria/ui/Container}. */
    String internalName() {
        return targetClass.replace('.', '/');
    }
}
