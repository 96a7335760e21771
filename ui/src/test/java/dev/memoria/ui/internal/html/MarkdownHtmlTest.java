package dev.memoria.ui.internal.html;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The markdown subset. */
class MarkdownHtmlTest {

    @Test
    @DisplayName("blocks: headings, paragraphs, lists, quotes, rules and fenced code")
    void blocks() {
        String markdown = """
                # Title
                Some *text*
                on two lines.

                - one
                - **two**

                1. first
                2. second
                > quoted `code`
                ---
                ```java
                if (a < b) { }
                ```
                """;

        assertThat(MarkdownHtml.render(markdown)).isEqualTo(
                "<h1>Title</h1><p>Some <em>text</em>\non two lines.</p><ul><li>one</li><li><strong>two</strong></li></ul>"
                + "<ol><li>first</li><li>second</li></ol><blockquote><p>quoted <code>code</code></p></blockquote><hr>"
                + "<pre class=\"m-code\"><code data-lang=\"java\">if (a &lt; b) { }</code></pre>");
    }

    @Test
    @DisplayName("inline: emphasis, strike, code and escapes; underscores inside words stay")
    void inline() {
        assertThat(MarkdownHtml.inline("**bold** and __bold__, *it* _it_ ~~gone~~ `a*b*c` \\*not\\*"))
                .isEqualTo("<strong>bold</strong> and <strong>bold</strong>, <em>it</em> <em>it</em> <del>gone</del>"
                           + " <code>a*b*c</code> *not*");
        assertThat(MarkdownHtml.inline("snake_case_name and 2 * 3 * 4")).isEqualTo("snake_case_name and 2 * 3 * 4");
        assertThat(MarkdownHtml.inline("**unclosed")).isEqualTo("**unclosed");
        assertThat(MarkdownHtml.inline("*[link](https://a.b) inside*"))
                .isEqualTo("<em><a href=\"https://a.b\" rel=\"noopener noreferrer\" target=\"_blank\">link</a>"
                           + " inside</em>");
    }

    @Test
    @DisplayName("raw HTML is text, and deeply nested quotes do not recurse without end")
    void rawHtmlAndNesting() {
        assertThat(MarkdownHtml.render("<b>hi</b>")).isEqualTo("<p>&lt;b&gt;hi&lt;/b&gt;</p>");
        assertThat(MarkdownHtml.render(">".repeat(10_000) + " deep")).contains("deep");
    }
}
