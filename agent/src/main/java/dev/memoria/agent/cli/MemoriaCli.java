package dev.memoria.agent.cli;

import dev.memoria.agent.report.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command-line tool for a cache directory, run as {@code java -jar memoria-agent.jar <command>}: it lists, counts,
 * verifies, prunes and clears the entries that {@code @CacheData(persist = DISK)} methods keep on disk. It works
 * through the same open protocol as running applications, so it is safe while they use the directory. Its
 * {@code rules} command shows what a rules file caches on a class path.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_CORRUPT} {@code verify} left corrupt entries in place;
 * {@value #EXIT_PROBLEM} invalid usage or a problem with the cache directory or the JVM, explained on stderr;
 * {@value #EXIT_BUG} an unexpected error, printed with its stack trace.
 */
@Command(name = "java -jar memoria-agent.jar", mixinStandardHelpOptions = true,
        versionProvider = MemoriaCli.Version.class,
        // every command gets --help, --version and the exit codes in its help
        scope = ScopeType.INHERIT,
        description = "Inspects and maintains a Memoria cache directory: the entries of @CacheData(persist = DISK)"
                      + " methods, one folder per method and code version. Safe while applications use it.",
        subcommands = {ListCommand.class, StatsCommand.class, VerifyCommand.class, PruneCommand.class,
                ClearCommand.class, RulesCommand.class, WhyCommand.class, HelpCommand.class},
        exitCodeOnExecutionException = MemoriaCli.EXIT_BUG,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Success.",
                "1:verify found corrupt entries and left them in place (no --repair).",
                "2:Invalid usage, or a problem with the cache directory or the JVM; stderr says what to do.",
                "3:An unexpected error: please report it with the stack trace printed on stderr."})
public final class MemoriaCli implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_CORRUPT = 1;
    static final int EXIT_PROBLEM = 2;
    static final int EXIT_BUG = 3;

    @Spec
    private CommandSpec spec;

    /** Runs a command and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The tool, ready to execute; tests capture its output with {@code setOut} and {@code setErr}. */
    static CommandLine commandLine() {
        return new CommandLine(new MemoriaCli()).setExecutionExceptionHandler(MemoriaCli::report);
    }

    /** Without a command: say so, with the usage, as for any invalid input. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.noCommand());
    }

    /** Prints an expected problem's message alone; anything else is rethrown, for picocli to print in full. */
    private static int report(Exception exception, CommandLine command, ParseResult parsed) throws Exception {
        if (!(exception instanceof CliException)) {
            throw exception;
        }
        command.getErr().println(exception.getMessage());
        command.getErr().flush();
        return EXIT_PROBLEM;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MemoriaCli.class.getPackage().getImplementationVersion();
            return new String[] {"Memoria " + (version == null ? "(development build)" : version)};
        }
    }
}
