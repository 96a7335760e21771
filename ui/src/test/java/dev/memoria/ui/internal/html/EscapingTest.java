package dev.memoria.ui.internal.html;

import dev.memoria.ui.element.Alert;
import dev.memoria.ui.element.Code;
import dev.memoria.ui.element.Element;
import dev.memoria.ui.element.ExceptionReport;
import dev.memoria.ui.element.Heading;
import dev.memoria.ui.element.JsonValue;
import dev.memoria.ui.element.Markdown;
import dev.memoria.ui.element.Metric;
import dev.memoria.ui.element.Table;
import dev.memoria.ui.element.Text;
import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.internal.tree.WidgetNode;
import dev.memoria.ui.layout.Expander;
import dev.memoria.ui.layout.Group;
import dev.memoria.ui.widget.Radio;
import dev.memoria.ui.widget.Selectbox;
import dev.memoria.ui.widget.TextArea;
import dev.memoria.ui.widget.TextInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** App text never becomes markup: every element and widget escapes what the app gives it. */
class EscapingTest {

    private static final String ATTACK = "<script>alert(1)</script><img src=x onerror=\"alert('2')\">&";
    private static final String ESCAPED =
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;2&#39;)&quot;&gt;&amp;";

    @Test
    @DisplayName("escape replaces & < > \" ' and leaves everything else")
    void escape() {
        assertThat(Html.escape(ATTACK)).isEqualTo(ESCAPED);
        assertThat(Html.escape("plain ✓ text")).isEqualTo("plain ✓ text");
    }

    @Test
    @DisplayName("every element shows app text escaped: no tag, attribute or entity of the app's reaches the page")
    void elements() {
        List<Node> nodes = List.of(
                element(new Text(ATTACK)), element(new Markdown(ATTACK)), element(new Heading(1, ATTACK)),
                element(new Code(ATTACK, ATTACK)), element(new JsonValue(Map.of(ATTACK, ATTACK))),
                element(new Metric(ATTACK, ATTACK, ATTACK)), element(new Alert(Alert.Level.ERROR, ATTACK)),
                element(new ExceptionReport(ATTACK, ATTACK, List.of(ATTACK))),
                element(new Table(List.of(ATTACK), List.of(List.of(ATTACK)))));

        assertInert(nodes);
    }

    @Test
    @DisplayName("widget labels, values, options and keys are escaped, in text and in attributes")
    void widgets() {
        List<Node> nodes = List.of(
                new WidgetNode("main.0", "key:" + ATTACK, new TextInput(ATTACK, ATTACK, ATTACK), ATTACK, false),
                new WidgetNode("main.1", "textArea:1", new TextArea(ATTACK, ATTACK, null), ATTACK, false),
                new WidgetNode("main.2", "selectbox:1", new Selectbox<>(ATTACK, List.of(ATTACK), 0, null), ATTACK,
                               false),
                new WidgetNode("main.3", "radio:1", new Radio<>(ATTACK, List.of(ATTACK), 0, null), ATTACK, false));

        assertInert(nodes);
    }

    @Test
    @DisplayName("expander labels are escaped too")
    void blocks() {
        BlockNode expander = new BlockNode("main.0", new Expander(ATTACK, true), List.of(), false);

        assertThat(TreeHtml.contents(root(expander))).contains("<summary>" + ESCAPED + "</summary>");
    }

    @Test
    @DisplayName("markdown links go only to http, https, mailto and relative addresses")
    void links() {
        assertThat(MarkdownHtml.render("[docs](https://example.org/a?b=1&c=2)")).isEqualTo(
                "<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" target=\"_blank\">"
                + "docs</a></p>");
        for (String address : List.of("javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)",
                                      "data:text/html,<b>x</b>", "vbscript:x", " javascript:alert(1)")) {
            assertThat(MarkdownHtml.render("[click](" + address + ")")).as(address).doesNotContain("<a");
        }
        assertThat(MarkdownHtml.render("[up](../index.html) [mail](mailto:a@b.c) [x](/a:b)")).contains(
                "href=\"../index.html\"", "href=\"mailto:a@b.c\"", "href=\"/a:b\"");
    }

    @Test
    @DisplayName("markdown images show as their alt text: the page loads nothing from other hosts")
    void images() {
        assertThat(MarkdownHtml.render("![a chart](https://example.org/chart.png)")).isEqualTo("<p>a chart</p>");
    }

    /** No tag, attribute or quote of the attack reaches any node's HTML. */
    private static void assertInert(List<Node> nodes) {
        for (Node node : nodes) {
            assertThat(TreeHtml.contents(root(node))).as(node.toString())
                                                     .doesNotContain("<script", "<img", "onerror=\"", "'2'");
        }
    }

    private static ElementNode element(Element element) {
        return new ElementNode("main.0", element, false);
    }

    private static BlockNode root(Node child) {
        return new BlockNode("main", new Group(), List.of(child), false);
    }
}
