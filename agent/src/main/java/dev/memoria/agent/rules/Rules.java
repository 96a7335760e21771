package dev.memoria.agent.rules;

import dev.memoria.agent.ui.UiToolkit;

import java.nio.file.Path;
import java.util.List;

/**
 * The rules of a rules file: which methods to cache, as data or as a resource, and how, without touching their
 * code. {@code -javaagent:memoria-agent.jar=config=memoria.rules} (or {@code -Dmemoria.config},
 * {@code MEMORIA_CONFIG}) gives the agent a file; the format is described in {@code docs/rules.md}. Immutable and
 * thread-safe.
 */
public final class Rules {

    private static final Rules NONE = new Rules(List.of(), List.of());

    private final List<CacheRule> rules;
    /** Null without cache rules: {@link #none()} is built in {@code premain}, which should not load the index. */
    private final ClassIndex classes;
    private final List<UiToolkit> toolkits;

    private Rules(List<CacheRule> rules, List<UiToolkit> toolkits) {
        this.rules = List.copyOf(rules);
        this.classes = rules.isEmpty() ? null : new ClassIndex(rules);
        this.toolkits = List.copyOf(toolkits);
    }

    static Rules of(List<CacheRule> rules, List<UiToolkit> toolkits) {
        return rules.isEmpty() && toolkits.isEmpty() ? NONE : new Rules(rules, toolkits);
    }

    /** No rules: only annotated methods are cached. */
    public static Rules none() {
        return NONE;
    }

    /**
     * Reads a rules file (UTF-8).
     *
     * @throws RulesFileException when the file is missing, unreadable, not a regular file or too large (naming the
     *                            path and the working directory), or listing the wrong lines
     */
    public static Rules load(Path file) {
        return parse(file.toString(), RulesFile.read(file));
    }

    /**
     * Reads rules from text, as {@link #load} does from a file.
     *
     * @param file the name that messages give the text, as in {@code memoria.rules:3: ...}
     * @throws RulesFileException listing every wrong line
     */
    public static Rules parse(String file, String text) {
        return RulesParser.parse(file, text);
    }

    /** The file's {@code data} and {@code resource} rules, in file order. */
    public List<CacheRule> cacheRules() {
        return rules;
    }

    /** The UI toolkits the file describes ({@code ui} lines), to bind besides the built-in memoria-ui. */
    public List<UiToolkit> toolkits() {
        return toolkits;
    }

    /**
     * Whether some rule's class pattern matches the class: a cheap check, run on every class loaded, that allocates
     * nothing for a class whose name starts unlike every pattern.
     *
     * @param internalName the class's internal name, e.g. {@code com/acme/Reports}
     */
    public boolean matchesClass(String internalName) {
        return !rules.isEmpty() && classes.matchesAny(internalName);
    }

    /**
     * The rules whose class pattern matches the class, in file order, to match against its methods.
     *
     * @param internalName the class's internal name, e.g. {@code com/acme/Reports}
     */
    public ClassRules forClass(String internalName) {
        if (rules.isEmpty()) {
            return ClassRules.NONE;
        }
        return new ClassRules(classes.matching(internalName));
    }
}
