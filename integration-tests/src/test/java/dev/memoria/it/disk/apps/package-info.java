/**
 * Applications the disk tests ({@code dev.memoria.it.disk}) run in JVMs of their own. Each takes the calls to make as
 * arguments (or, when a test must interleave two JVMs, as lines on stdin), prints {@code <call> = <value>} for each,
 * and each cached body prints {@code ran <call>} when it runs. They use nothing but the JDK and Memoria's API.
 */
package dev.memoria.it.disk.apps;
