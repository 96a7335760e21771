package dev.memoria.it.replay.mini;

import java.util.ArrayList;
import java.util.List;

/**
 * The one class of a minimal Streamlit-like toolkit every draw call goes through: a box of lines and nested boxes.
 * It knows nothing of Memoria; a {@code ui} line of a rules file tells the agent how to bind it.
 */
public final class Box {

    private final String id;
    private final List<Object> items = new ArrayList<>();

    Box(String id) {
        this.id = id;
    }

    /** An element: one line of text. */
    public void say(String line) {
        items.add(id + ":" + line);
    }

    /** A layout: a nested box. */
    public Box section() {
        Box box = new Box(id + "." + items.size());
        items.add(box);
        return box;
    }

    /** A widget: shows the question and returns its answer in this run. */
    public String ask(Question question) {
        String answer = MiniUi.answer(question);
        items.add(id + ":" + question.label() + "? " + answer);
        return answer;
    }

    /** The answer {@link #ask} would return, without showing the question. */
    public String peek(Question question) {
        return MiniUi.answer(question);
    }

    void collect(List<String> into) {
        for (Object item : items) {
            if (item instanceof Box box) {
                box.collect(into);
            } else {
                into.add((String) item);
            }
        }
    }

    @Override
    public String toString() {
        return "Box " + id;
    }
}
