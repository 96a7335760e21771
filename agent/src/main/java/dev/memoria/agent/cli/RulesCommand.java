package dev.memoria.agent.cli;

import dev.memoria.agent.rules.CacheRule;
import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.rules.RulesFileException;
import dev.memoria.agent.transform.RuleMatches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** What one rule does on the class path. */
    private static final class Tally {
        final List<String> cached = new ArrayList<>();
        final List<RuleMatches.LeftOut> leftOut = new ArrayList<>();
    }

    @Override
    public Integer call() {
        Rules rules;
        try {
            rules = Rules.load(file);
        } catch (RulesFileException e) {
            throw new CliException(e.getMessage());
        }
        Map<CacheRule, Tally> tallies = new LinkedHashMap<>();
        rules.cacheRules().forEach(rule -> tallies.put(rule, new Tally()));
        int classes = ClassFiles.forEach(classPath, (internalName, classFile) -> {
            RuleMatches.InClass found = RuleMatches.in(internalName, classFile, rules);
            found.matched().forEach(match -> tallies.get(match.rule()).cached.add(match.method()));
            found.leftOut().forEach(left -> tallies.get(left.rule()).leftOut.add(left));
        });
        print(classes, tallies);
        return MemoriaCli.EXIT_OK;
    }

    private void print(int classes, Map<CacheRule, Tally> tallies) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Rules file " + file + " over " + classes + (classes == 1 ? " class" : " classes") + " of "
                    + classPath.size() + (classPath.size() == 1 ? " class path entry" : " class path entries") + ":");
        tallies.forEach((rule, tally) -> {
            out.println();
            out.println(rule + ": " + count(tally.cached.size()) + " cached"
                        + (tally.leftOut.isEmpty() ? "" : ", " + count(tally.leftOut.size()) + " left out"));
            if (methods) {
                tally.cached.stream().sorted().forEach(method -> out.println("  cached    " + method));
            }
            tally.leftOut.stream().sorted((a, b) -> a.method().compareTo(b.method()))
                    .forEach(left -> out.println("  left out  " + left.method() + ": " + left.reason()));
        });
        if (tallies.values().stream().anyMatch(tally -> !tally.leftOut.isEmpty())) {
            out.println();
            out.println("A rule with a wildcard leaves out methods that return nothing or may change what they are"
                        + " given, since a cached call would skip that. To cache one anyway, write a rule that"
                        + " names it without wildcards.");
        }
        out.flush();
    }

    private static String count(int methods) {
        return methods + (methods == 1 ? " method" : " methods");
    }
}
