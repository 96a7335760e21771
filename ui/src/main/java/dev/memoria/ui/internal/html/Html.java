package dev.memoria.ui.internal.html;

/** Escaping for HTML text and attribute values, the one way app text enters the page. */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by entities: inert in text and in quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code name="escaped value"}, with a leading space. */
    static String attribute(String name, Object value) {
        return " " + name + "=\"" + escape(String.valueOf(value)) + "\"";
    }
}
