package dev.memoria.ui;

import dev.memoria.ui.element.ExceptionReport;
import dev.memoria.ui.element.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two widgets with one identity in a run: the exception, its text, and what the page shows. */
class DuplicateWidgetIdTest {

    private final List<DuplicateWidgetIdException> caught = new ArrayList<>();

    @Test
    @DisplayName("identical unkeyed widgets: the message names the widget, both call sites and containers, and the fix")
    void identicalWidgets() {
        new AppDriver(() -> {
            St.slider("Speed", 0, 100, 50);
            List<Container> columns = St.columns(2);
            try {
                columns.get(1).slider("Speed", 0, 100, 50);
            } catch (DuplicateWidgetIdException e) {
                caught.add(e);
            }
        }).open();

        assertThat(caught).hasSize(1);
        String firstLine = line("St.slider(\"Speed\", 0, 100, 50);");
        String secondLine = line("columns.get(1).slider(\"Speed\", 0, 100, 50);");
        // javac names the lambda lambda$identicalWidgets$<n>, n counting lambdas in the class
        assertThat(caught.get(0).getMessage().replaceAll("identicalWidgets\\$\\d+", "identicalWidgets\\$n")).isEqualTo(
                "There are two identical St.slider widgets in this run, with the same label \"Speed\" and the same"
                + " parameters:\n"
                + "  1. at dev.memoria.ui.DuplicateWidgetIdTest.lambda$identicalWidgets$n(DuplicateWidgetIdTest.java:"
                + firstLine + "), in container main\n"
                + "  2. at dev.memoria.ui.DuplicateWidgetIdTest.lambda$identicalWidgets$n(DuplicateWidgetIdTest.java:"
                + secondLine + "), in container main.1.1\n"
                + "A widget without a key is identified by its kind, label and parameters, so these two would share"
                + " one value.\n"
                + "To fix this, pass a unique key to each, as the last argument of St.slider, e.g."
                + " St.slider(\"Speed\", ..., \"slider-2\").");
        assertThat(caught.get(0).widgetId()).startsWith("slider:");
    }

    @Test
    @DisplayName("the same key on two widgets of any kinds: the message names both calls and asks for unique keys")
    void sameKey() {
        new AppDriver(() -> {
            St.checkbox("Fast", false, "speed");
            try {
                St.sidebar().textInput("Say \"hi\"", "", "speed");
            } catch (DuplicateWidgetIdException e) {
                caught.add(e);
            }
        }).open();

        assertThat(caught).singleElement().satisfies(e -> {
            assertThat(e.widgetId()).isEqualTo("key:speed");
            assertThat(e.getMessage())
                    .startsWith("There are two widgets with the key \"speed\" in this run:\n"
                                + "  1. St.checkbox(\"Fast\", ...) at dev.memoria.ui.DuplicateWidgetIdTest")
                    .contains("in container main\n  2. St.textInput(\"Say \\\"hi\\\"\", ...) at ")
                    .contains("in container sidebar\n")
                    .endsWith("To fix this, give each of these widgets its own key.");
        });
    }

    @Test
    @DisplayName("uncaught, it ends the run and the page shows it; widgets differing in any parameter do not collide")
    void shownOnThePage() {
        AppDriver app = new AppDriver(() -> {
            St.button("Go");
            St.button("Go", "second");
            St.slider("Level", 0, 10);
            St.slider("Level", 0, 11);
            St.text("reached");
            St.button("Go");
            St.text("not reached");
        });
        String stderr = Stderr.capturing(app::open);

        assertThat(stderr).as("what whoever runs the app sees")
                .startsWith("Memoria UI: the app failed in session session-1; the page shows:\n"
                            + DuplicateWidgetIdException.class.getName()
                            + ": There are two identical St.button widgets in this run");
        assertThat(app.elements()).hasSize(2).first().isEqualTo(new Text("reached"));
        ExceptionReport report = (ExceptionReport) app.elements().get(1);
        assertThat(report.type()).isEqualTo(DuplicateWidgetIdException.class.getName());
        assertThat(report.message()).startsWith("There are two identical St.button widgets in this run");
    }

    /** The line number of the first line of this file that contains {@code code}. */
    private static String line(String code) {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/memoria/ui/DuplicateWidgetIdTest.java"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(code)) {
                    return Integer.toString(i + 1);
                }
            }
            throw new AssertionError("no line contains " + code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
