/**
 * Method fingerprints for cache keys: a digest of a method's normalized bytecode and of the project code it depends
 * on, computed with ASM from class files, without loading classes. {@link dev.memoria.agent.fingerprint.Fingerprinter}
 * is the entry point and {@link dev.memoria.agent.fingerprint.ClassSource} says where class files come from. The
 * rules are documented in {@code docs/fingerprint.md}.
 */
package dev.memoria.agent.fingerprint;
