package dev.memoria.agent;

import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.rules.RulesFileException;
import dev.memoria.agent.transform.RulesListing;
import dev.memoria.internal.Settings;
import dev.memoria.internal.report.Reporter;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules file named by the agent option {@code config=} (or {@code -Dmemoria.config}, {@code MEMORIA_CONFIG}),
 * read when the agent starts, so a wrong file is reported then. A class of its own: a JVM without a rules file does
 * not load it, nor the classes its error handling names.
 */
final class ConfiguredRules {

    private ConfiguredRules() {
    }

    /**
     * The file's rules, and with the option {@code listMatches} what they cache. A file that cannot be used is
     * reported once, with every problem, and the agent goes on with the annotations alone: a typo in the file must
     * not stop the application.
     */
    static Rules read(Path file) {
        Rules rules;
        try {
            rules = Rules.load(file);
        } catch (RulesFileException e) {
            Reporter.jvm().once("rules", Messages.rulesFileIgnored(e.getMessage()));
            return Rules.none();
        }
        if (Settings.listMatches() && !rules.cacheRules().isEmpty()) {
            listMatches(file, rules);
        }
        return rules;
    }

    /**
     * What each rule caches on the class path ({@code java.class.path}; the {@code Class-Path} of a jar's manifest is
     * not followed), and what it leaves out, before the application runs.
     */
    private static void listMatches(Path file, Rules rules) {
        List<Path> classPath = Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
        try {
            // System.err is not closed: the writer only wraps it
            RulesListing.of(file.toString(), rules, classPath, true)
                    .print(new PrintWriter(System.err, true), "[memoria] ", true);
        } catch (RuntimeException e) {
            Reporter.jvm().once("listMatches", Messages.listMatchesFailed(file.toString(), String.valueOf(e)));
        }
    }
}
