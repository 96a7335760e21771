/**
 * Applications the explain tests ({@code dev.memoria.it.explain}) run in JVMs of their own, as the disk tests' apps
 * do: arguments are calls, each printed as {@code <call> = <value>}, and each cached body prints {@code ran <call>}.
 */
package dev.memoria.it.explain.apps;
