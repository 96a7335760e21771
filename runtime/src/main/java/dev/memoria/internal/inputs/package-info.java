/**
 * Declared inputs ({@code inputs = {"env:REGION", "file:data/**}{@code /*.csv"}}): values a cached method reads that
 * are not its arguments, whose current values join its key. {@link dev.memoria.internal.inputs.DeclaredInputs} parses
 * the declarations and digests their values on each call; {@code docs/inputs.md} describes the format and the cost.
 */
package dev.memoria.internal.inputs;
