/**
 * The HTTP front of an app server, on the JDK's {@code com.sun.net.httpserver}: the page, its script and style
 * sheet, the session routes the script uses (long-poll for updates, widget changes, table rows, goodbye), and
 * {@code /metrics} for scrapers. It reaches the sessions only through
 * {@link dev.memoria.ui.internal.server.SessionPort}, and gets the metrics page whole from a supplier.
 *
 * <p>Public types here serve other packages of the toolkit; they are not user API.
 */
package dev.memoria.ui.internal.server;
