/**
 * The HTTP front of an app server, on the JDK's {@code com.sun.net.httpserver}: the page, its script and style
 * sheet, and the session routes the script uses (long-poll for updates, widget changes, table rows, goodbye). It
 * reaches the sessions only through {@link dev.memoria.ui.internal.server.SessionPort}.
 *
 * <p>Public types here serve other packages of the toolkit; they are not user API.
 */
package dev.memoria.ui.internal.server;
