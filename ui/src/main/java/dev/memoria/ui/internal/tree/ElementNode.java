package dev.memoria.ui.internal.tree;

import dev.memoria.ui.element.Element;

/** An element as shown. */
public record ElementNode(String id, Element element, boolean stale) implements Node {

    @Override
    public ElementNode asStale() {
        return new ElementNode(id, element, true);
    }
}
