/**
 * Applications the launch tests ({@code dev.memoria.it.launch}) run in their own JVMs, with the agent on the command
 * line, named by an executable jar's manifest, attached by {@code Memoria.install()}, disabled, or absent. They print
 * what their cached bodies do, so a test reads the caching behaviour from stdout.
 */
package dev.memoria.it.apps;
