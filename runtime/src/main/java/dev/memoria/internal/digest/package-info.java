/**
 * SHA-256 without the JDK's security providers, for what a JVM hashes on its way to the first cached call (see
 * {@link dev.memoria.internal.digest.Sha256}). A leaf: it uses nothing of the engine.
 *
 * <p>Public types here are used by other packages of the runtime and by the agent; they are not user API.
 */
package dev.memoria.internal.digest;
