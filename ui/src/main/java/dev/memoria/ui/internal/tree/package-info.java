/**
 * Immutable snapshots of what a session shows: the element tree of a run, taken under the session's lock and handed
 * to the renderer, so that rendering never races the app thread.
 *
 * <p>Public types here serve other packages of the toolkit; they are not user API.
 */
package dev.memoria.ui.internal.tree;
