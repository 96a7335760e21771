/**
 * The command-line tool for a cache directory, run as {@code java -jar memoria-agent.jar <command>}:
 * {@code list}, {@code stats}, {@code verify}, {@code prune} and {@code clear}, each with {@code --dir} and
 * {@code --json}. {@link dev.memoria.agent.cli.MemoriaCli} is the entry point. The commands read and change the
 * directory only through the runtime's admin API ({@code CacheDirectory}, {@code StoredVersion}), which follows the
 * same open protocol as running applications. Usage, output and exit codes are documented in {@code docs/cli.md}.
 */
package dev.memoria.agent.cli;
