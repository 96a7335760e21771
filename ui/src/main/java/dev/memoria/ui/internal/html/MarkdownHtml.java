package dev.memoria.ui.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block part of the markdown subset: {@code #} headings, paragraphs, fenced code, flat bullet and numbered lists,
 * {@code >} quotes and {@code ---} rules, each with {@link InlineMarkdown inline markup}. Raw HTML is not passed
 * through: it shows as text.
 */
public final class MarkdownHtml {

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_])(\\s*\\1){2,}\\s*");
    private static final Pattern BULLET = Pattern.compile("\\s{0,3}[-*+]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("\\s{0,3}\\d{1,9}[.)]\\s+(.*)");
    private static final Pattern QUOTE = Pattern.compile("\\s{0,3}>\\s?(.*)");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~)\\s*([\\w+-]*).*");
    /** Quotes inside quotes deeper than this are shown as text. */
    private static final int MAX_QUOTE_DEPTH = 8;

    private final List<String> lines;
    private final StringBuilder out = new StringBuilder();
    private int at;

    private MarkdownHtml(String markdown) {
        this.lines = List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    public static String render(String markdown) {
        return render(markdown, 0);
    }

    /** Inline markup only, for one-line texts such as headings and labels. */
    public static String inline(String text) {
        return InlineMarkdown.render(text);
    }

    private static String render(String markdown, int depth) {
        MarkdownHtml html = new MarkdownHtml(markdown);
        html.blocks(depth);
        return html.out.toString();
    }

    private void blocks(int depth) {
        while (at < lines.size()) {
            String line = lines.get(at);
            Matcher m;
            if (line.isBlank()) {
                at++;
            } else if ((m = FENCE.matcher(line)).matches()) {
                fence(m.group(1), m.group(2));
            } else if ((m = HEADING.matcher(line)).matches()) {
                int level = m.group(1).length();
                out.append("<h").append(level).append('>').append(inline(m.group(2))).append("</h").append(level)
                   .append('>');
                at++;
            } else if (RULE.matcher(line).matches()) {
                out.append("<hr>");
                at++;
            } else if (QUOTE.matcher(line).matches() && depth < MAX_QUOTE_DEPTH) {
                out.append("<blockquote>").append(render(String.join("\n", run(QUOTE)), depth + 1))
                   .append("</blockquote>");
            } else if (BULLET.matcher(line).matches()) {
                list("ul", BULLET);
            } else if (NUMBERED.matcher(line).matches()) {
                list("ol", NUMBERED);
            } else {
                paragraph();
            }
        }
    }

    private void fence(String marker, String language) {
        at++;
        List<String> code = new ArrayList<>();
        while (at < lines.size() && !lines.get(at).trim().startsWith(marker)) {
            code.add(lines.get(at++));
        }
        at++;
        out.append("<pre class=\"m-code\"><code").append(language.isEmpty() ? "" : Html.attribute("data-lang", language))
           .append('>').append(Html.escape(String.join("\n", code))).append("</code></pre>");
    }

    /** The content of consecutive lines matching {@code pattern}. */
    private List<String> run(Pattern pattern) {
        List<String> contents = new ArrayList<>();
        Matcher m;
        while (at < lines.size() && (m = pattern.matcher(lines.get(at))).matches()) {
            contents.add(m.group(m.groupCount()));
            at++;
        }
        return contents;
    }

    private void list(String tag, Pattern item) {
        out.append('<').append(tag).append('>');
        for (String content : run(item)) {
            out.append("<li>").append(inline(content)).append("</li>");
        }
        out.append("</").append(tag).append('>');
    }

    private void paragraph() {
        List<String> text = new ArrayList<>();
        text.add(lines.get(at++).strip());
        while (at < lines.size() && !lines.get(at).isBlank() && !startsBlock(lines.get(at))) {
            text.add(lines.get(at++).strip());
        }
        out.append("<p>").append(inline(String.join("\n", text))).append("</p>");
    }

    private static boolean startsBlock(String line) {
        return FENCE.matcher(line).matches() || HEADING.matcher(line).matches() || RULE.matcher(line).matches()
               || QUOTE.matcher(line).matches() || BULLET.matcher(line).matches()
               || NUMBERED.matcher(line).matches();
    }
}
