/**
 * The inputs {@link dev.memoria.ui.Container#input} shows and reads, as records of plain data, each with its
 * identity rules ({@link dev.memoria.ui.widget.WidgetId}) and the values it accepts from the browser.
 */
package dev.memoria.ui.widget;
