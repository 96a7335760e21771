package dev.memoria.agent.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules' class patterns, indexed by their literal start ({@code com.acme} for {@code com.acme.**.Catalog}) in a
 * trie, so that a class name is walked once, character by character, and only the patterns whose start it has are
 * matched in full. Every class the JVM loads is looked up here: with hundreds of rules, an unrelated name leaves the
 * trie after a character or two and costs no pattern match, no allocation and no lock. Patterns that start with a
 * wildcard ({@code **.*Repository}) are matched in full only against the names that contain their longest literal
 * part ({@code Repository}), found for all of them in one more pass over the name.
 */
final class ClassIndex {

    private static final char SEPARATOR = '.';

    private final List<CacheRule> rules;
    /** Per rule, text that every class it matches contains. */
    private final String[] literals;
    private final Node root = new Node();
    /** The literal parts of the patterns that start with a wildcard, found in a name by one pass. */
    private final Literals unanchored;

    ClassIndex(List<CacheRule> rules) {
        this.rules = List.copyOf(rules);
        this.literals = new String[rules.size()];
        List<String> unanchoredLiterals = new ArrayList<>();
        List<Integer> unanchoredRules = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            ClassPattern pattern = rules.get(i).classPattern();
            literals[i] = pattern.longestLiteral();
            if (pattern.literalPrefix().isEmpty() && !literals[i].isEmpty()) {
                unanchoredLiterals.add(literals[i]);
                unanchoredRules.add(i);
            } else {
                root.add(pattern.literalPrefix(), 0, i); // at the root: one with no literal at all, such as **
            }
        }
        unanchored = new Literals(unanchoredLiterals, Literals.ints(unanchoredRules));
    }

    /** @param className a binary ({@code com.acme.Outer$Inner}) or internal ({@code com/acme/Outer$Inner}) name */
    boolean matchesAny(String className) {
        return anyFrom(root, className, 0) || unanchoredMatch(className, null);
    }

    /** The rules whose class pattern matches, in file order. */
    List<CacheRule> matching(String className) {
        boolean[] matched = new boolean[rules.size()];
        markFrom(root, className, 0, matched);
        unanchoredMatch(className, matched);
        List<CacheRule> found = new ArrayList<>();
        for (int i = 0; i < matched.length; i++) {
            if (matched[i]) {
                found.add(rules.get(i));
            }
        }
        return found;
    }

    /**
     * Walks the trie along the name. A pattern's {@code .} matches {@code .}, {@code /} and {@code $}, so at a
     * {@code $} the walk follows both the literal {@code $} and the separator.
     */
    private boolean anyFrom(Node node, String name, int position) {
        for (Node at = node; at != null; ) {
            for (int rule : at.rules) {
                if (matches(rule, name)) {
                    return true;
                }
            }
            if (position == name.length()) {
                return false;
            }
            char c = name.charAt(position++);
            if (c == '$' && anyFrom(at.child(SEPARATOR), name, position)) {
                return true;
            }
            at = at.child(c == '/' ? SEPARATOR : c);
        }
        return false;
    }

    private void markFrom(Node node, String name, int position, boolean[] matched) {
        for (Node at = node; at != null; ) {
            for (int rule : at.rules) {
                matched[rule] |= matches(rule, name);
            }
            if (position == name.length()) {
                return;
            }
            char c = name.charAt(position++);
            if (c == '$') {
                markFrom(at.child(SEPARATOR), name, position, matched);
            }
            at = at.child(c == '/' ? SEPARATOR : c);
        }
    }

    /**
     * Matches in full the patterns that start with a wildcard and whose literal part the name contains: marks them in
     * {@code matched}, or, when it is null, returns at the first that matches.
     */
    private boolean unanchoredMatch(String name, boolean[] matched) {
        for (int i = 0, node = 0; i < name.length(); i++) {
            node = unanchored.step(node, name.charAt(i));
            for (int rule : unanchored.endingAt(node)) {
                if (rules.get(rule).matchesClass(name)) {
                    if (matched == null) {
                        return true;
                    }
                    matched[rule] = true;
                }
            }
        }
        return false;
    }

    private boolean matches(int rule, String name) {
        return name.contains(literals[rule]) && rules.get(rule).matchesClass(name);
    }

    /** A trie node: the rules whose literal start ends here, and the characters that go on. */
    private static final class Node {

        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private int[] rules = new int[0];

        void add(String prefix, int position, int rule) {
            if (position == prefix.length()) {
                rules = Arrays.copyOf(rules, rules.length + 1);
                rules[rules.length - 1] = rule;
                return;
            }
            char c = prefix.charAt(position);
            Node next = child(c);
            if (next == null) {
                next = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = next;
            }
            next.add(prefix, position + 1, rule);
        }

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }
    }
}
