/**
 * What containers show: records of plain data that {@link dev.memoria.ui.Container#show} takes. Making the same
 * record again, or showing the same instance on another container, shows the same element.
 */
package dev.memoria.ui.element;
