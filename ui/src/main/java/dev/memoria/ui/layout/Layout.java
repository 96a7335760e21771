package dev.memoria.ui.layout;

/**
 * A block that {@link dev.memoria.ui.Container#open(Layout)} adds to a container, holding containers of its own.
 * Layouts are records of plain data, so that an {@code open} call can be recorded and made again on another
 * container.
 */
public sealed interface Layout permits Group, Columns, Expander, Empty {

    /** How many containers opening this layout creates: one, or one per column. */
    default int containers() {
        return 1;
    }
}
