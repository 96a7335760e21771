package dev.memoria.ui.internal.tree;

/**
 * One item of a container in a snapshot. {@link #id()} is its path from the root ({@code main.3.0}), stable for the
 * same code path in every run; a {@linkplain #stale() stale} node is left over from the previous run and not yet
 * reached by the current one.
 */
public sealed interface Node permits BlockNode, ElementNode, WidgetNode {

    String id();

    boolean stale();

    /** This node, marked stale. */
    Node asStale();
}
