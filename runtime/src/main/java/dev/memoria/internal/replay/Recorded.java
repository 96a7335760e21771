package dev.memoria.internal.replay;

import dev.memoria.internal.recording.Recording;

/**
 * What one computation of a cached method did in the UI: the calls to replay on hits, and the widgets it read (empty
 * unless it allows widgets), whose values become part of its key.
 */
public record Recorded(Recording recording, WidgetSet widgets) {
}
