package dev.memoria.ui.element;

import dev.memoria.ui.internal.data.PlainData;

/**
 * A value shown as pretty-printed JSON. The value is copied into plain data when the element is made: maps with
 * string keys, lists, strings, numbers, booleans and null (records become maps of their components, arrays lists,
 * anything else its {@code toString()}).
 */
public record JsonValue(Object value) implements Element {

    public JsonValue {
        value = PlainData.of(value);
    }
}
