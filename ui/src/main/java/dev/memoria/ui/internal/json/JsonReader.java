package dev.memoria.ui.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) into plain data: objects become unmodifiable maps in field order, arrays lists,
 * integers {@code Long} (or {@code Double} beyond its range or with a fraction or exponent). Malformed text raises
 * {@link IllegalArgumentException} naming the position.
 */
public final class JsonReader {

    /** Deeper nesting than this is refused, so a hostile request cannot overflow the stack. */
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Object read(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value(0);
        reader.whitespace();
        if (reader.at != text.length()) {
            throw reader.malformed("the end of the text");
        }
        return value;
    }

    /** The text as an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        Object value = read(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object, got: " + abbreviate(text));
        }
        return (Map<String, Object>) value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("at most " + MAX_DEPTH + " levels of nesting");
        }
        whitespace();
        char c = at < text.length() ? text.charAt(at) : '\0';
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("true", at) || text.startsWith("false", at) || text.startsWith("null", at)) {
            String word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            at += word.length();
            return c == 'n' ? null : Boolean.valueOf(word);
        }
        return number();
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        whitespace();
        if (take('}')) {
            return Collections.unmodifiableMap(object);
        }
        do {
            whitespace();
            if (at >= text.length() || text.charAt(at) != '"') {
                throw malformed("a field name in quotes");
            }
            String name = string();
            whitespace();
            expect(':');
            object.put(name, value(depth + 1));
            whitespace();
        } while (take(','));
        expect('}');
        return Collections.unmodifiableMap(object);
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        at++;
        whitespace();
        if (take(']')) {
            return Collections.unmodifiableList(array);
        }
        do {
            array.add(value(depth + 1));
            whitespace();
        } while (take(','));
        expect(']');
        return Collections.unmodifiableList(array);
    }

    private String string() {
        StringBuilder string = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return string.toString();
            }
            if (c < 0x20) {
                throw malformed("no raw control character inside a string");
            }
            if (c != '\\') {
                string.append(c);
                continue;
            }
            char escape = at < text.length() ? text.charAt(at++) : '\0';
            switch (escape) {
                case '"', '\\', '/' -> string.append(escape);
                case 'b' -> string.append('\b');
                case 'f' -> string.append('\f');
                case 'n' -> string.append('\n');
                case 'r' -> string.append('\r');
                case 't' -> string.append('\t');
                case 'u' -> string.append(unicodeEscape());
                default -> throw malformed("a valid escape after a backslash");
            }
        }
        throw malformed("a closing quote");
    }

    private char unicodeEscape() {
        if (at + 4 > text.length()) {
            throw malformed("four hex digits after \\u");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw malformed("four hex digits after \\u");
        }
    }

    private Number number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            at = start;
            throw malformed("a value");
        }
        if (number.matches("-?\\d+")) {
            try {
                return Long.parseLong(number);
            } catch (NumberFormatException tooBig) {
                return Double.parseDouble(number);
            }
        }
        return Double.parseDouble(number);
    }

    private void whitespace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean take(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw malformed("'" + c + "'");
        }
    }

    private IllegalArgumentException malformed(String expected) {
        return new IllegalArgumentException("malformed JSON at offset " + at + ": expected " + expected + " in "
                                            + abbreviate(text));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
