package dev.memoria.ui.internal.html;

import java.util.Locale;

/**
 * The inline part of the markdown subset: {@code `code`}, {@code **bold**}, {@code *italics*} (or underscores at word
 * edges), {@code ~~struck~~} and {@code [links](https://...)}. Everything else, HTML included, is escaped text. A
 * link whose address is not http, https, mailto or relative is shown as its label; an image as its alt text, since
 * the page fetches nothing from other hosts.
 */
final class InlineMarkdown {

    private static final String[][] STYLES = {
        {"**", "strong"}, {"__", "strong"}, {"~~", "del"}, {"*", "em"}, {"_", "em"},
    };

    /** Markup found at a position: where it ends and how to write it. */
    private record Match(int end, Runnable write) {
    }

    private final String text;
    private final StringBuilder out = new StringBuilder();

    private InlineMarkdown(String text) {
        this.text = text;
    }

    static String render(String text) {
        InlineMarkdown markdown = new InlineMarkdown(text);
        markdown.span(0, text.length());
        return markdown.out.toString();
    }

    /** Writes {@code text[from, to)}: plain runs escaped, markup rendered. */
    private void span(int from, int to) {
        int plain = from;
        int i = from;
        while (i < to) {
            Match match = match(i, to);
            if (match == null) {
                i++;
                continue;
            }
            out.append(Html.escape(text.substring(plain, i)));
            match.write().run();
            i = match.end();
            plain = i;
        }
        out.append(Html.escape(text.substring(plain, to)));
    }

    private Match match(int i, int to) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < to && "\\`*_~[]()!#".indexOf(text.charAt(i + 1)) >= 0) {
            return new Match(i + 2, () -> out.append(Html.escape(text.substring(i + 1, i + 2))));
        }
        if (c == '`') {
            int close = text.indexOf('`', i + 1);
            return close < 0 || close >= to ? null : new Match(close + 1, () ->
                    out.append("<code>").append(Html.escape(text.substring(i + 1, close))).append("</code>"));
        }
        if (c == '!' && i + 1 < to && text.charAt(i + 1) == '[') {
            int[] link = link(i + 1, to);
            return link == null ? null : new Match(link[3], () -> span(i + 2, link[0]));
        }
        if (c == '[') {
            int[] link = link(i, to);
            return link == null ? null : new Match(link[3], () -> link(i + 1, link[0],
                    text.substring(link[1], link[2]).trim()));
        }
        for (String[] style : STYLES) {
            String delimiter = style[0];
            int inner = i + delimiter.length();
            if (text.startsWith(delimiter, i) && opens(i, delimiter, to)) {
                int close = closing(inner, delimiter, to);
                if (close > inner) {
                    return new Match(close + delimiter.length(), () -> {
                        out.append('<').append(style[1]).append('>');
                        span(inner, close);
                        out.append("</").append(style[1]).append('>');
                    });
                }
            }
        }
        return null;
    }

    private void link(int labelStart, int labelEnd, String address) {
        if (!safeAddress(address)) {
            span(labelStart, labelEnd);
            return;
        }
        out.append("<a").append(Html.attribute("href", address)).append(" rel=\"noopener noreferrer\" target=\"_blank\">");
        span(labelStart, labelEnd);
        out.append("</a>");
    }

    /** A delimiter opens a span when non-space follows it (and, for "_", no letter or digit precedes it). */
    private boolean opens(int i, String delimiter, int to) {
        int after = i + delimiter.length();
        if (after >= to || Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        return delimiter.charAt(0) != '_' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** The closing delimiter: after non-space (and, for "_", before no letter or digit); -1 if there is none. */
    private int closing(int from, String delimiter, int to) {
        for (int close = text.indexOf(delimiter, from); close >= 0 && close + delimiter.length() <= to;
             close = text.indexOf(delimiter, close + 1)) {
            int end = close + delimiter.length();
            boolean afterText = close > from && !Character.isWhitespace(text.charAt(close - 1));
            boolean edge = delimiter.charAt(0) != '_' || end >= text.length()
                           || !Character.isLetterOrDigit(text.charAt(end));
            if (afterText && edge) {
                return close;
            }
        }
        return -1;
    }

    /** {@code [label](address)} at {@code i}: {label end, address start, address end, end}, or null. */
    private int[] link(int i, int to) {
        int labelEnd = text.indexOf(']', i + 1);
        if (labelEnd < 0 || labelEnd + 1 >= to || text.charAt(labelEnd + 1) != '(') {
            return null;
        }
        int addressEnd = text.indexOf(')', labelEnd + 2);
        if (addressEnd < 0 || addressEnd >= to) {
            return null;
        }
        return new int[] {labelEnd, labelEnd + 2, addressEnd, addressEnd + 1};
    }

    /**
     * http, https and mailto addresses, and relative ones. Whitespace and control characters, which browsers strip
     * from addresses, are refused, so that {@code java\tscript:} cannot pass as relative.
     */
    static boolean safeAddress(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)) {
                return false;
            }
        }
        int colon = address.indexOf(':');
        if (colon < 0 || startsRelative(address, colon)) {
            return true;
        }
        String scheme = address.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /** Whether a '/', '?' or '#' comes before the first colon: then the colon is not a scheme's. */
    private static boolean startsRelative(String address, int colon) {
        for (int i = 0; i < colon; i++) {
            if ("/?#".indexOf(address.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
