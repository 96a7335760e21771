/**
 * A small JSON writer and reader: the page's protocol, the {@code json} element, and nothing that needs a library.
 *
 * <p>Public types here serve other packages of the toolkit (and its tests); they are not user API.
 */
package dev.memoria.ui.internal.json;
