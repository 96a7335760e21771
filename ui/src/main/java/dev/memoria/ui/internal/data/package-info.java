/**
 * Turning an app's values into the plain data elements hold: {@link dev.memoria.ui.internal.data.PlainData} for
 * JSON-like values, {@link dev.memoria.ui.internal.data.Tabular} for tables.
 *
 * <p>Public types here serve other packages of the toolkit; they are not user API.
 */
package dev.memoria.ui.internal.data;
