package dev.memoria.agent.rules;

import dev.memoria.agent.ui.UiToolkit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.memoria.agent.rules.RuleFixtures.problem;
import static dev.memoria.agent.rules.RuleFixtures.problems;
import static dev.memoria.agent.rules.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code ui} lines: a rules file describes another UI toolkit for the agent to bind. */
@DisplayName("Rules files: ui lines describe a toolkit")
class ToolkitRulesTest {

    private static final String ACME = "ui acme-ui target=com.acme.Box elements=\"say(java.lang.String), clear()\""
            + " running=com.acme.Ui::running active=com.acme.Ui::active";

    @Test
    @DisplayName("a complete line, continued over several lines with a backslash, gives one toolkit")
    void continuedLine() {
        Rules rules = rules(
                "ui acme-ui target=com.acme.Box \\",
                "    elements=\"say(java.lang.String), clear()\" layouts=\"section(int, java.lang.String)\" \\",
                "    widgets=\"ask(com.acme.Question)\" running=com.acme.Ui::running active=com.acme.Ui::active \\",
                "    roots=\"main=com.acme.Ui::main, sidebar=com.acme.Ui::side\" recordedTypes=\"com.acme.*\"",
                "data com.acme.Reports.load");

        assertThat(rules.toolkits()).extracting(UiToolkit::name, UiToolkit::targetClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme-ui", "com.acme.Box"));
        assertThat(rules.matchesClass("com/acme/Reports")).isTrue();
    }

    @Test
    @DisplayName("a problem on a continued line is reported at its first line")
    void problemOnAContinuedLine() {
        assertThat(problem("# acme", "ui acme-ui target=com.acme.Box \\", "  running=com.acme.Ui#running"))
                .startsWith("memoria.rules:2: ");
    }

    @Test
    @DisplayName("a line without target names the attribute to add")
    void missingTarget() {
        assertThat(problem("ui acme-ui running=com.acme.Ui::running"))
                .isEqualTo("memoria.rules:1: The ui line of acme-ui has no target=<class>. Name the class every"
                           + " draw call of the toolkit goes through, as in target=com.acme.Box");
    }

    @Test
    @DisplayName("required parts that are missing are listed together")
    void missingRequiredParts() {
        assertThat(problem("ui acme-ui target=com.acme.Box"))
                .isEqualTo("memoria.rules:1: The description of toolkit acme-ui lacks funnel methods (elements,"
                           + " layouts or widgets), running, active; see docs/rules.md, section \"Binding another"
                           + " UI toolkit\"");
    }

    @Test
    @DisplayName("each wrong attribute is reported, with a suggestion for a misspelt name")
    void wrongAttributes() {
        assertThat(problems(ACME + " widgts=\"ask(com.acme.Question)\" peek=peek spinner=\"spin(java.lang.String[])\""))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("memoria.rules:1: widgts: Unknown attribute. Did you"
                                                              + " mean 'widgets'?"),
                        second -> assertThat(second).isEqualTo("memoria.rules:1: peek: 'peek' is not a method:"
                                + " write name(parameter types), e.g. show(com.acme.Item) or clear()"),
                        third -> assertThat(third).contains("spinner: 'spin(java.lang.String[])' has a parameter"
                                                            + " type 'java.lang.String[]' that is not a Java type"));
    }

    @Test
    @DisplayName("a static method is written Class::method")
    void staticMethodSyntax() {
        assertThat(problem(ACME.replace("active=com.acme.Ui::active", "active=\"com.acme.Ui.active\"")))
                .isEqualTo("memoria.rules:1: active: 'com.acme.Ui.active' is not a static method: write"
                           + " class::method, e.g. com.acme.Ui::active");
    }

    @Test
    @DisplayName("a widget method must take the widget's description")
    void widgetWithoutParameter() {
        assertThat(problem(ACME + " widgets=\"ask()\""))
                .isEqualTo("memoria.rules:1: widgets: The widget method ask() of toolkit acme-ui takes no parameter;"
                           + " its first parameter must describe the widget");
    }

    @Test
    @DisplayName("the built-in toolkit's name, or a name used twice, is refused")
    void nameTaken() {
        assertThat(problem(ACME.replace("acme-ui", "memoria-ui")))
                .isEqualTo("memoria.rules:1: The toolkit name memoria-ui is already taken by the built-in binding."
                           + " Give each toolkit its own name.");
        assertThat(problems(ACME, ACME)).singleElement().asString()
                .isEqualTo("memoria.rules:2: The toolkit name acme-ui is already taken in this file. Give each"
                           + " toolkit its own name.");
    }

    @Test
    @DisplayName("an unknown kind suggests ui too")
    void unknownKindSuggestsUi() {
        assertThat(problem("uy acme-ui target=com.acme.Box")).startsWith("memoria.rules:1: Unknown kind 'uy'. Did"
                                                                        + " you mean 'ui'?");
    }

    @Test
    @DisplayName("peek and widgetId go together")
    void peekWithoutWidgetId() {
        assertThat(problem(ACME + " peek=\"peek(com.acme.Question)\""))
                .isEqualTo("memoria.rules:1: The description of toolkit acme-ui names peek but no widgetId:"
                           + " allowWidgets needs both, a widget's identity and its value. Name both, or neither.");
    }
}
