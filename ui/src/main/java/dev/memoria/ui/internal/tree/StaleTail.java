package dev.memoria.ui.internal.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page shows while a run is in progress: the current run's items, followed in every container by the
 * previous run's items that the current run has not reached yet, marked stale. The page so keeps its shape during a
 * slow re-run instead of shrinking to what has been redrawn, as Streamlit's does.
 */
public final class StaleTail {

    private StaleTail() {
    }

    public static BlockNode merge(BlockNode current, BlockNode previous) {
        if (previous == null || !previous.id().equals(current.id())) {
            return current;
        }
        List<Node> now = current.children();
        List<Node> before = previous.children();
        List<Node> merged = new ArrayList<>(Math.max(now.size(), before.size()));
        for (int i = 0; i < now.size(); i++) {
            Node node = now.get(i);
            if (node instanceof BlockNode block && i < before.size() && before.get(i) instanceof BlockNode old) {
                merged.add(merge(block, old));
            } else {
                merged.add(node);
            }
        }
        for (int i = now.size(); i < before.size(); i++) {
            merged.add(before.get(i).asStale());
        }
        return new BlockNode(current.id(), current.layout(), merged, current.stale());
    }
}
