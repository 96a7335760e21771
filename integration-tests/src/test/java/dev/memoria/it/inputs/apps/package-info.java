/**
 * Applications the declared-inputs tests ({@code dev.memoria.it.inputs}) run in JVMs of their own, from a working
 * directory of the test's. Each takes the calls to make as arguments, prints {@code <call> = <value>} for each, and each
 * cached body prints {@code ran <call>} when it runs.
 */
package dev.memoria.it.inputs.apps;
