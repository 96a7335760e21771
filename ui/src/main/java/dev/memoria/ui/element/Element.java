package dev.memoria.ui.element;

/**
 * Something a container shows that the user does not interact with. Elements are records of plain data (strings,
 * numbers, lists, maps), so that a {@link dev.memoria.ui.Container#show(Element)} call can be recorded and made
 * again later on another container.
 */
public sealed interface Element
        permits Heading, Text, Markdown, Code, JsonValue, Table, Chart, Metric, Alert, Divider, ExceptionReport,
                Spinner {
}
