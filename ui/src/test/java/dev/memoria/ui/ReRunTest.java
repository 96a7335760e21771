package dev.memoria.ui;

import dev.memoria.ui.element.Alert;
import dev.memoria.ui.element.ExceptionReport;
import dev.memoria.ui.element.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The re-run model: what each run sees after the browser changes widgets, driven in-process. */
class ReRunTest {

    private final List<Object> seen = new ArrayList<>();

    @Test
    @DisplayName("the first run shows initial values; a widget change re-runs the app once with the new value")
    void widgetChangeReRuns() {
        AppDriver app = new AppDriver(() -> {
            seen.add(St.slider("Days", 1, 30, 7));
            St.text("checked: " + St.checkbox("Celsius", true));
        }).open();

        app.set("Days", 12);

        assertThat(seen).containsExactly(7, 12);
        assertThat(app.runs()).isEqualTo(2);
        assertThat(app.widget("Days").value()).isEqualTo(12);
        assertThat(app.elements()).contains(new Text("checked: true"));
    }

    @Test
    @DisplayName("every widget kind returns what the browser sent, converted to its type")
    void everyKindTakesBrowserValues() {
        AppDriver app = new AppDriver(() -> seen.add(List.of(
                St.checkbox("check"), St.slider("int", 0, 10), St.slider("double", 0.0, 1.0),
                St.numberInput("number", 5), St.numberInput("decimal", 0.5), St.textInput("line"),
                St.textArea("area"), St.selectbox("select", List.of("a", "b")), St.radio("radio", List.of(1, 2, 3)),
                St.multiselect("multi", List.of("x", "y", "z")), St.dateInput("date", LocalDate.of(2024, 1, 1)))))
                .open();

        app.set("check", true).set("int", 4L).set("double", 0.25).set("number", -3L).set("decimal", 2.5)
           .set("line", "hello").set("area", "two\nlines").set("select", 1L).set("radio", 2L)
           .set("multi", List.of(2L, 0L)).set("date", "2025-02-28");

        assertThat(seen.get(seen.size() - 1)).isEqualTo(List.of(true, 4, 0.25, -3, 2.5, "hello", "two\nlines", "b", 3,
                List.of("x", "z"), LocalDate.of(2025, 2, 28)));
    }

    @Test
    @DisplayName("values a widget cannot take (out of range, wrong type, no such option) leave it as it was")
    void invalidValuesAreIgnored() {
        AppDriver app = new AppDriver(() -> seen.add(List.of(St.slider("int", 0, 10, 5),
                St.selectbox("select", List.of("a", "b")), St.dateInput("date", LocalDate.of(2024, 1, 1))))).open();

        app.set("int", 11L).set("int", 2.5).set("int", "7").set("select", 2L).set("select", -1L).set("date", "tomorrow");

        assertThat(seen).allSatisfy(values -> assertThat(values).isEqualTo(List.of(5, "a", LocalDate.of(2024, 1, 1))));
    }

    @Test
    @DisplayName("a button is true only in the run its click started")
    void buttonIsATrigger() {
        AppDriver app = new AppDriver(() -> {
            seen.add(St.button("Go"));
            St.checkbox("Other");
        }).open();

        app.click("Go").set("Other", true);

        assertThat(seen).containsExactly(false, true, false);
    }

    @Test
    @DisplayName("a widget that a completed run did not show forgets its value")
    void hiddenWidgetForgets() {
        AppDriver app = new AppDriver(() -> {
            if (St.checkbox("Show")) {
                seen.add(St.textInput("Name"));
            }
        }).open();

        app.set("Show", true).set("Name", "Ada").set("Show", false).set("Show", true);

        assertThat(seen).containsExactly("", "Ada", "");
    }

    @Test
    @DisplayName("an unkeyed widget whose parameters change is a new widget; a keyed one keeps a still-valid value")
    void parametersAndKeys() {
        int[] max = {10};
        AppDriver app = new AppDriver(() -> seen.add(List.of(St.slider("plain", 0, max[0]),
                St.slider("keyed", 0, max[0], 0, 1, "k")))).open();

        app.set("plain", 8L).set("keyed", 8L);
        max[0] = 20;
        app.set("plain", 8L); // any change re-runs; both sliders now have max 20
        max[0] = 5;
        app.session.rerun();

        assertThat(seen).containsExactly(List.of(0, 0), List.of(8, 0), List.of(8, 8), List.of(0, 8), List.of(0, 0));
    }

    @Test
    @DisplayName("session state lasts across runs of one session and is not shared with another")
    void sessionState() {
        App counter = () -> St.text("runs " + St.sessionState().merge("runs", 1, (a, b) -> (int) a + (int) b));
        AppDriver first = new AppDriver(counter).open();
        first.session.rerun();
        AppDriver second = new AppDriver(counter, Runnable::run, "session-2").open();

        assertThat(first.elements()).containsExactly(new Text("runs 2"));
        assertThat(second.elements()).containsExactly(new Text("runs 1"));
    }

    @Test
    @DisplayName("an exception ends the run and is shown at the end of the main area; the next run starts afresh")
    void exceptionIsShown() {
        AppDriver app = new AppDriver(() -> {
            St.success("before");
            if (St.checkbox("Fail")) {
                throw new IllegalStateException("the data source is down");
            }
        }).open();

        String stderr = Stderr.capturing(() -> app.set("Fail", true));

        assertThat(stderr).as("what whoever runs the app sees")
                .startsWith("Memoria UI: the app failed in session session-1; the page shows:\n"
                            + "java.lang.IllegalStateException: the data source is down\n")
                .contains("at " + ReRunTest.class.getName());
        assertThat(app.elements()).hasSize(2).first().isEqualTo(new Alert(Alert.Level.SUCCESS, "before"));
        ExceptionReport report = (ExceptionReport) app.elements().get(1);
        assertThat(report.type()).isEqualTo(IllegalStateException.class.getName());
        assertThat(report.message()).isEqualTo("the data source is down");
        assertThat(report.trace()).anySatisfy(line -> assertThat(line).contains("ReRunTest"));
        assertThat(app.runs()).isEqualTo(2);
    }

    @Test
    @DisplayName("St.sessionId() names the session the run serves; outside a run St calls say how to use them")
    void sessionIdAndOutsideARun() {
        new AppDriver(() -> seen.add(St.sessionId() + " " + St.isRunning())).open();

        assertThat(seen).containsExactly("session-1 true");
        assertThat(St.isRunning()).isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> St.text("x"))
                .withMessageContaining("No Memoria app run is active on thread")
                .withMessageContaining("new AppServer(app).start()")
                .withMessageContaining("container.run(...)");
    }
}
