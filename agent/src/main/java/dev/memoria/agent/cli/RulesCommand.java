package dev.memoria.agent.cli;

import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.rules.RulesFileException;
import dev.memoria.agent.transform.RulesListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code rules --class-path <path> <file>}: what a rules file caches on a class path, without running the application:
 * per rule, how many methods it caches and which methods its pattern matches but it leaves out, and why. With
 * {@code --methods}, the cached methods too.
 */
@Command(name = "rules", description = "Show what a rules file caches on a class path, without running the"
        + " application: per rule, the methods it caches and the methods it leaves out, and why.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"--class-path", "-cp"}, paramLabel = "<path>", required = true, split = "${sys:path.separator}",
            description = "Jars and class directories to look in, separated as on java's class path.")
    private List<Path> classPath;

    @Option(names = "--methods", description = "List every cached method under its rule, not only the counts.")
    private boolean methods;

    @Parameters(paramLabel = "<rules file>", description = "The rules file, as given to the agent with config=.")
    private Path file;

    @Override
    public Integer call() {
        try {
            RulesListing.of(file.toString(), Rules.load(file), classPath, false)
                    .print(spec.commandLine().getOut(), "", methods);
        } catch (RulesFileException | IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        return MemoriaCli.EXIT_OK;
    }
}
