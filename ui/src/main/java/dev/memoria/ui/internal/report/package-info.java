/**
 * The toolkit's messages to users and to the people who run its apps, in one place; a leaf that every other package
 * may use.
 *
 * <p>Public types here serve other packages of the toolkit; they are not user API.
 */
package dev.memoria.ui.internal.report;
