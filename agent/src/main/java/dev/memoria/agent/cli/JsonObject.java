package dev.memoria.agent.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object for {@code --json} output: fields print in the order they were put, so the output is stable for
 * scripts and diffs. Values are strings, numbers, booleans, {@code null}, nested objects, lists of values, and two
 * conveniences: an {@link Instant} prints as its ISO-8601 UTC text, a {@link Path} as its text.
 */
final class JsonObject {

    private static final String INDENT = "  ";

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Adds a field; returns this object, for chaining. */
    JsonObject put(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    /** The object as indented JSON text. */
    @Override
    public String toString() {
        StringBuilder json = new StringBuilder();
        write(this, json, "");
        return json.toString();
    }

    private static void write(Object value, StringBuilder json, String indent) {
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            json.append(value);
        } else if (value instanceof String || value instanceof Instant || value instanceof Path) {
            writeString(value.toString(), json);
        } else if (value instanceof JsonObject object) {
            writeObject(object, json, indent);
        } else if (value instanceof List<?> list) {
            writeList(list, json, indent);
        } else {
            throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
        }
    }

    private static void writeObject(JsonObject object, StringBuilder json, String indent) {
        if (object.fields.isEmpty()) {
            json.append("{}");
            return;
        }
        json.append("{\n");
        Iterator<Map.Entry<String, Object>> fields = object.fields.entrySet().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, Object> field = fields.next();
            json.append(indent).append(INDENT);
            writeString(field.getKey(), json);
            json.append(": ");
            write(field.getValue(), json, indent + INDENT);
            json.append(fields.hasNext() ? ",\n" : "\n");
        }
        json.append(indent).append('}');
    }

    private static void writeList(List<?> list, StringBuilder json, String indent) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        json.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            json.append(indent).append(INDENT);
            write(list.get(i), json, indent + INDENT);
            json.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }

    /** RFC 8259 string escaping: quotes, backslashes and control characters. */
    private static void writeString(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
