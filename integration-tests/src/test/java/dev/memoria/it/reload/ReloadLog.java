package dev.memoria.it.reload;

import dev.memoria.it.support.Calls;

/** The body runs of classes compiled and loaded by {@link HotReloadIT}; public, as those classes live in another package. */
public final class ReloadLog {

    public static final Calls CALLS = new Calls();

    private ReloadLog() {
    }
}
