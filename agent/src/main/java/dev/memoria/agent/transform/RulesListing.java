package dev.memoria.agent.transform;

import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.CacheRule;
import dev.memoria.agent.rules.Rules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each cache rule of a rules file matches on a class path: the methods it caches and those its pattern matches
 * but it leaves out, and why. Shown by {@code java -jar memoria-agent.jar rules} and, with the agent option
 * {@code listMatches}, when the agent starts.
 */
public final class RulesListing {

    private final String file;
    private final int classes;
    private final int entries;
    private final Map<CacheRule, Tally> tallies;

    /** What one rule does on the class path. */
    private static final class Tally {
        final List<String> cached = new ArrayList<>();
        final List<RuleMatches.LeftOut> leftOut = new ArrayList<>();
    }

    private RulesListing(String file, int classes, int entries, Map<CacheRule, Tally> tallies) {
        this.file = file;
        this.classes = classes;
        this.entries = entries;
        this.tallies = tallies;
    }

    /**
     * Reads every class file of the class path whose name a rule's class pattern matches.
     *
     * @param file        the rules file's name, for the heading
     * @param skipMissing whether class path entries that do not exist are passed over, as {@code java} does
     * @throws IllegalArgumentException naming an entry that does not exist (unless skipped) or cannot be read
     */
    public static RulesListing of(String file, Rules rules, List<Path> classPath, boolean skipMissing) {
        Map<CacheRule, Tally> tallies = new LinkedHashMap<>();
        rules.cacheRules().forEach(rule -> tallies.put(rule, new Tally()));
        int classes = ClassPathFiles.forEach(classPath, skipMissing, (internalName, classFile) -> {
            RuleMatches.InClass found = RuleMatches.in(internalName, classFile, rules);
            found.matched().forEach(match -> tallies.get(match.rule()).cached.add(match.method()));
            found.leftOut().forEach(left -> tallies.get(left.rule()).leftOut.add(left));
        });
        return new RulesListing(file, classes, classPath.size(), tallies);
    }

    /**
     * @param prefix  put before every line, e.g. {@code [memoria] } on the agent's stderr
     * @param methods whether to list the cached methods, not only count them
     */
    public void print(PrintWriter out, String prefix, boolean methods) {
        out.println(prefix + "Rules file " + file + " over " + classes + (classes == 1 ? " class" : " classes")
                    + " of " + entries + (entries == 1 ? " class path entry" : " class path entries") + ":");
        tallies.forEach((rule, tally) -> {
            out.println(prefix);
            out.println(prefix + rule + ": " + count(tally.cached.size()) + " cached"
                        + (tally.leftOut.isEmpty() ? "" : ", " + count(tally.leftOut.size()) + " left out"));
            if (methods) {
                tally.cached.stream().sorted().forEach(method -> out.println(prefix + "  cached    " + method));
            }
            tally.leftOut.stream().sorted(Comparator.comparing(RuleMatches.LeftOut::method))
                    .forEach(left -> out.println(prefix + "  left out  " + left.method() + ": " + left.reason()));
        });
        if (tallies.values().stream().anyMatch(tally -> !tally.leftOut.isEmpty())) {
            out.println(prefix);
            out.println(prefix + Messages.wildcardLeavesOut());
        }
        out.flush();
    }

    private static String count(int methods) {
        return methods + (methods == 1 ? " method" : " methods");
    }
}
