package dev.memoria.ui.internal.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes plain data (maps, lists, strings, numbers, booleans, null) as JSON, compact or indented by two spaces.
 * Characters that could end an HTML script block ({@code <}, {@code >}, {@code &}) and the line separators JavaScript
 * rejects are escaped too, so the output is safe wherever it is embedded. Non-finite numbers become null, as in
 * JavaScript's {@code JSON.stringify}; any other object is written as its string form.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public static String compact(Object value) {
        return new JsonWriter(false).value(value, 0).out.toString();
    }

    public static String pretty(Object value) {
        return new JsonWriter(true).value(value, 0).out.toString();
    }

    private JsonWriter value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? numberText(d) : "null");
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            members("{", "}", map.entrySet().iterator(), depth, (entry, d) -> {
                string(String.valueOf(entry.getKey()));
                out.append(pretty ? ": " : ":");
                value(entry.getValue(), d);
            });
        } else if (value instanceof List<?> list) {
            members("[", "]", list.iterator(), depth, this::value);
        } else {
            string(value.toString());
        }
        return this;
    }

    private interface Member<T> {
        void write(T member, int depth);
    }

    private <T> void members(String open, String close, Iterator<T> members, int depth, Member<T> write) {
        out.append(open);
        boolean first = true;
        while (members.hasNext()) {
            out.append(first ? "" : ",");
            newline(depth + 1);
            write.write(members.next(), depth + 1);
            first = false;
        }
        if (!first) {
            newline(depth);
        }
        out.append(close);
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static String numberText(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
