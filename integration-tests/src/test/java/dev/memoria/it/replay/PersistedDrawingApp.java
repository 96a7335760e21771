package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.Persist;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;

/**
 * A memoria-ui app whose {@code persist = DISK} method draws, run in JVMs of its own by {@link PersistedReplayIT}:
 * one memoria-ui run calls {@code greeting(1)} between two texts of its own, then the app prints
 * {@code greeting:1 = <value>} and {@code placed = <what the page shows, by container>}. The body prints
 * {@code ran greeting:1} when it runs.
 */
public final class PersistedDrawingApp {

    private PersistedDrawingApp() {
    }

    /** Draws into the active container and the sidebar. */
    @CacheData(persist = Persist.DISK)
    static int greeting(int n) {
        System.out.println("ran greeting:" + n);
        St.text("hello " + n);
        St.sidebar().text("sidebar " + n);
        return n * 2;
    }

    public static void main(String[] args) {
        UiRun run = UiRun.open(() -> {
            St.text("before");
            System.out.println("greeting:1 = " + greeting(1));
            St.text("after");
        });
        System.out.println("placed = " + run.placedTexts());
    }
}
