/**
 * The argument key of a cached call: a SHA-256 digest of an injective, prefix-free encoding of the hashed arguments
 * (and the receiver). {@link dev.memoria.internal.key.KeyMaker} is the entry point; the encoding is described in
 * {@code docs/hashing.md}.
 *
 * <p>Public types here are used by other packages of the runtime; they are not user API.
 */
package dev.memoria.internal.key;
