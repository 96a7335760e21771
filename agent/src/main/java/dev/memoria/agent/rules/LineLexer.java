package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one line of a rules file into a {@link RuleLine}. Words are separated by spaces or tabs; {@code #} starts a
 * comment; a value in double quotes may hold spaces and {@code #}, with {@code \"} and {@code \\} for a quote and a
 * backslash. A method pattern keeps its parameter list whole, spaces included, even after a space:
 * {@code load (String, int)}. Spaces around the {@code =} of an attribute are allowed.
 */
final class LineLexer {

    private final String line;
    private int position;

    private LineLexer(String line) {
        this.line = line;
    }

    /**
     * @return the rule on the line; empty for a blank or comment line
     * @throws InvalidRuleException for text that does not split into a kind, a pattern and attributes
     */
    static Optional<RuleLine> lex(String line) {
        return new LineLexer(line).rule();
    }

    private Optional<RuleLine> rule() {
        if (atEnd()) {
            return Optional.empty();
        }
        String kind = word();
        if (atEnd()) {
            return Optional.of(new RuleLine(kind, null, List.of()));
        }
        String pattern = pattern();
        List<RuleLine.Attribute> attributes = new ArrayList<>();
        while (!atEnd()) {
            attributes.add(attribute());
        }
        return Optional.of(new RuleLine(kind, pattern, attributes));
    }

    /** Skips spaces; true at the end of the line or at a comment. */
    private boolean atEnd() {
        while (position < line.length() && Chars.isWhitespace(line.charAt(position))) {
            position++;
        }
        return position == line.length() || line.charAt(position) == '#';
    }

    private String word() {
        int start = position;
        while (position < line.length() && !endsWord(line.charAt(position))) {
            position++;
        }
        return line.substring(start, position);
    }

    private String pattern() {
        String pattern = patternWord();
        if (pattern.indexOf('(') < 0 && !atEnd() && line.charAt(position) == '(') {
            pattern += patternWord();
        }
        return pattern;
    }

    /** A word whose parenthesised part may hold spaces; an unclosed parenthesis takes the rest of the line. */
    private String patternWord() {
        int start = position;
        boolean inParentheses = false;
        for (; position < line.length(); position++) {
            char c = line.charAt(position);
            if (c == '(' || c == ')') {
                inParentheses = c == '(';
            } else if (!inParentheses && endsWord(c)) {
                break;
            }
        }
        return line.substring(start, position);
    }

    private RuleLine.Attribute attribute() {
        int start = position;
        while (position < line.length() && Chars.isJavaIdentifierPart(line.charAt(position))) {
            position++;
        }
        String name = line.substring(start, position);
        if (name.isEmpty() || atEnd() || line.charAt(position) != '=') {
            position = start;
            throw new InvalidRuleException(Messages.notAnAttribute(Limits.excerpt(word())));
        }
        position++;
        if (atEnd()) {
            throw new InvalidRuleException(Messages.attributeWithoutValue(Limits.excerpt(name)));
        }
        return new RuleLine.Attribute(name, line.charAt(position) == '"' ? quoted(name) : bare(name));
    }

    private String bare(String name) {
        String value = word();
        if (value.indexOf('"') >= 0) {
            throw new InvalidRuleException(Messages.quoteInsideValue(name, value));
        }
        return value;
    }

    private String quoted(String name) {
        StringBuilder value = new StringBuilder();
        for (position++; position < line.length(); position++) {
            char c = line.charAt(position);
            if (c == '\\' && position + 1 < line.length()
                && (line.charAt(position + 1) == '"' || line.charAt(position + 1) == '\\')) {
                value.append(line.charAt(++position));
            } else if (c == '"') {
                position++;
                if (position < line.length() && !endsWord(line.charAt(position))) {
                    throw new InvalidRuleException(Messages.textAfterQuotedValue(name, Limits.excerpt(word())));
                }
                return value.toString();
            } else {
                value.append(c);
            }
        }
        throw new InvalidRuleException(Messages.quotedValueNotClosed(name));
    }

    private static boolean endsWord(char c) {
        return Chars.isWhitespace(c) || c == '#';
    }
}
