/**
 * Server-side rendering of a session's element tree to HTML fragments: every piece of app text passes through
 * {@link dev.memoria.ui.internal.html.Html#escape}, markdown renders a safe subset, charts are SVG drawn here, and
 * tables render one window of rows (the page fetches the others as the user scrolls).
 *
 * <p>Public types here serve other packages of the toolkit; they are not user API.
 */
package dev.memoria.ui.internal.html;
