package dev.memoria.it.replay.mini;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The minimal toolkit's static side: one page at a time on the calling thread, and the answers a user gave. */
public final class MiniUi {

    private static final ThreadLocal<Box> PAGE = new ThreadLocal<>();
    private static final Map<String, String> ANSWERS = new HashMap<>();

    private MiniUi() {
    }

    /** Runs {@code app} on a fresh page and returns the page's lines. */
    public static List<String> run(Runnable app) {
        Box main = new Box("main");
        PAGE.set(main);
        try {
            app.run();
        } finally {
            PAGE.remove();
        }
        List<String> lines = new ArrayList<>();
        main.collect(lines);
        return lines;
    }

    public static boolean running() {
        return PAGE.get() != null;
    }

    public static Box page() {
        return PAGE.get();
    }

    public static String idOf(Question question) {
        return "question:" + question.label();
    }

    /** The user answers {@code label}, as a browser would. */
    public static void answer(String label, String answer) {
        ANSWERS.put("question:" + label, answer);
    }

    static String answer(Question question) {
        return ANSWERS.getOrDefault(idOf(question), question.initial());
    }
}
