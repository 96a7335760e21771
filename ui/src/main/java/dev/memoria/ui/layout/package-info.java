/** The blocks {@link dev.memoria.ui.Container#open} adds: groups, columns, expanders and placeholders. */
package dev.memoria.ui.layout;
