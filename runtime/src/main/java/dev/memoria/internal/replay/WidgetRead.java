package dev.memoria.internal.replay;

/**
 * A widget a computation read: its identity in the session and the toolkit's record describing it, which can read
 * the widget's value again in a later run.
 */
record WidgetRead(String toolkit, String id, Object widget) {
}
