package dev.memoria.ui.internal.tree;

/**
 * What a session shows at one moment. {@code version} grows with every change, so a page can ask for what is newer
 * than what it has; {@code runs} counts the app's completed runs.
 */
public record Snapshot(long version, boolean running, int runs, boolean ended, BlockNode main, BlockNode sidebar) {
}
