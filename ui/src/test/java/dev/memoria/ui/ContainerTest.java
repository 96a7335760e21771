package dev.memoria.ui;

import dev.memoria.ui.element.Heading;
import dev.memoria.ui.element.Spinner;
import dev.memoria.ui.element.Text;
import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.layout.Columns;
import dev.memoria.ui.layout.Expander;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Containers: their ids, layouts, placeholders, spinners and which one St calls go to. */
class ContainerTest {

    @Test
    @DisplayName("ids are paths from main or sidebar, the same on every run; columns open one container each")
    void idsAreStablePaths() {
        List<String> ids = new ArrayList<>();
        AppDriver app = new AppDriver(() -> {
            St.text("first");
            List<Container> columns = St.columns(2, 1);
            ids.add(St.main().id());
            ids.add(St.sidebar().id());
            columns.forEach(column -> ids.add(column.id()));
            ids.add(columns.get(1).expander("More").id());
        }).open();
        app.session.rerun();

        assertThat(ids).containsExactly("main", "sidebar", "main.1.0", "main.1.1", "main.1.1.0",
                                        "main", "sidebar", "main.1.0", "main.1.1", "main.1.1.0");
        BlockNode row = (BlockNode) app.snapshot().main().children().get(1);
        assertThat(row.layout()).isEqualTo(new Columns(List.of(2.0, 1.0)));
        assertThat(app.nodes()).extracting(Node::id)
                               .containsExactly("main.0", "main.1", "main.1.0", "main.1.1", "main.1.1.0");
        assertThat(((BlockNode) app.nodes().get(4)).layout()).isEqualTo(new Expander("More", false));
    }

    @Test
    @DisplayName("a container fills in place, even after later elements; St calls go to the entered container")
    void enterAndRunTargetContainers() {
        AppDriver app = new AppDriver(() -> {
            Container header = St.container();
            St.text("body");
            try (UntilClosed inHeader = header.enter()) {
                St.title("Report");
                St.sidebar().run(() -> St.text("in sidebar"));
                St.text("still in header");
            }
            St.text("back in main");
        }).open();

        assertThat(app.elements()).containsExactly(new Heading(1, "Report"), new Text("still in header"),
                new Text("body"), new Text("back in main"), new Text("in sidebar"));
    }

    @Test
    @DisplayName("a placeholder shows one item at a time; a spinner shows until its scope closes")
    void placeholdersAndSpinners() {
        AtomicReference<List<Object>> midSpinner = new AtomicReference<>();
        AppDriver[] app = new AppDriver[1];
        app[0] = new AppDriver(() -> {
            Container slot = St.empty();
            slot.text("loading");
            slot.text("loaded");
            try (UntilClosed working = St.spinner("Crunching")) {
                midSpinner.set(new ArrayList<>(app[0].session.snapshot().main().children().stream()
                        .flatMap(n -> ((BlockNode) n).children().stream()).map(n -> (Object) n.id()).toList()));
                St.text("crunched");
            }
        });
        app[0].open();

        assertThat(midSpinner.get()).containsExactly("main.0.0", "main.1.0");
        assertThat(app[0].elements()).containsExactly(new Text("loaded"), new Text("crunched"));
        assertThat(app[0].elements()).doesNotContain(new Spinner("Crunching"));
    }

    @Test
    @DisplayName("scopes close in reverse order; closing out of order names both containers")
    void scopesNest() {
        List<String> messages = new ArrayList<>();
        new AppDriver(() -> {
            Container a = St.container();
            Container b = St.container();
            UntilClosed outer = a.enter();
            UntilClosed inner = b.enter();
            try {
                outer.close();
            } catch (IllegalStateException e) {
                messages.add(e.getMessage());
            }
            inner.close();
            outer.close();
            outer.close(); // twice does nothing more
            messages.add(St.active().id());
        }).open();

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("The scope of container main.0 was closed while the scope of container"
                + " main.1, entered later, was still open").contains("try-with-resources");
        assertThat(messages.get(1)).isEqualTo("main");
    }

    @Test
    @DisplayName("a scope the app leaves open ends with its run: the next run starts in the main area again")
    void scopeLeftOpen() {
        List<String> targets = new ArrayList<>();
        AppDriver app = new AppDriver(() -> {
            targets.add(St.active().id());
            St.expander("Open forever").enter();
        }).open();
        app.session.rerun();

        assertThat(targets).containsExactly("main", "main");
        assertThat(app.runs()).isEqualTo(2);
    }

    @Test
    @DisplayName("a worker thread draws into a container of the current run inside container.run(...)")
    void workerThreads() {
        AppDriver app = new AppDriver(() -> {
            Container results = St.container();
            Thread worker = new Thread(() -> results.run(() -> St.text("from " + St.sessionId())));
            worker.start();
            worker.join();
        }).open();

        assertThat(app.elements()).containsExactly(new Text("from session-1"));
        assertThatIllegalStateException().isThrownBy(St::active);
    }

    @Test
    @DisplayName("peek reads a widget's value in this run without showing or registering it")
    void peekReadsWithoutShowing() {
        List<Object> peeked = new ArrayList<>();
        AppDriver app = new AppDriver(() -> {
            peeked.add(St.active().peek(new dev.memoria.ui.widget.Slider<>("Days", 1, 14, 7, 1, null)));
            St.slider("Days", 1, 14, 7);
            peeked.add(St.active().peek(new dev.memoria.ui.widget.Slider<>("Days", 1, 14, 7, 1, null)));
        }).open();

        app.set("Days", 3);

        assertThat(peeked).containsExactly(7, 7, 3, 3);
        assertThat(app.nodes()).hasSize(1);
    }
}
