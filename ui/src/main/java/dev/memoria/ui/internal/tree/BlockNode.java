package dev.memoria.ui.internal.tree;

import dev.memoria.ui.layout.Layout;

import java.util.List;

/** A container and what it holds, in order. */
public record BlockNode(String id, Layout layout, List<Node> children, boolean stale) implements Node {

    public BlockNode {
        children = List.copyOf(children);
    }

    @Override
    public BlockNode asStale() {
        return new BlockNode(id, layout, children, true);
    }
}
