package dev.memoria.it.replay.mini;

/** The minimal toolkit's one widget: a question with a default answer. */
public record Question(String label, String initial) {
}
