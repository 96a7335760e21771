package dev.memoria.agent.rules;

import dev.memoria.CacheConfigurationException;
import dev.memoria.agent.report.Messages;
import dev.memoria.agent.ui.UiToolkit;
import dev.memoria.internal.policy.CacheSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of a rules file into rules, one per line, collecting every problem before it gives up so that one
 * run reports them all. A rule's attribute values are checked by the same spec builder that checks annotations.
 */
final class RulesParser {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char CONTINUATION = '\\';

    private final String file;
    private final List<CacheRule> rules = new ArrayList<>();
    private final List<UiToolkit> toolkits = new ArrayList<>();
    private final List<RulesFileException.Problem> problems = new ArrayList<>();
    /**
     * The kinds and attributes the spec builder found valid. Its verdict depends on them alone (the method only names
     * the rule in its message), and a file's rules mostly repeat a few sets of attributes: each set is built once,
     * not once a line, in premain, where the builder runs interpreted. Keyed by a list, not a record, whose equals
     * and hashCode would link an invokedynamic there.
     */
    private final Set<List<Object>> valid = new HashSet<>();
    private int unreported;

    private RulesParser(String file) {
        this.file = file;
    }

    /**
     * @param file the file's name, as messages show it
     * @param text the file's content; a line ending in {@code \} continues on the next
     * @throws RulesFileException listing every problem, each with its (first) line
     */
    static Rules parse(String file, String text) {
        RulesParser parser = new RulesParser(file);
        String[] lines = lines(text.indexOf(BYTE_ORDER_MARK) == 0 ? text.substring(1) : text);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder line = new StringBuilder(lines[i].stripTrailing());
            while (line.length() > 0 && line.charAt(line.length() - 1) == CONTINUATION && i + 1 < lines.length) {
                line.setLength(line.length() - 1);
                line.append(' ').append(lines[++i].stripTrailing());
            }
            parser.line(line.toString(), first + 1);
        }
        if (!parser.problems.isEmpty()) {
            throw RulesFileException.of(file, parser.problems, parser.unreported);
        }
        return Rules.of(parser.rules, parser.toolkits);
    }

    /**
     * The text's lines, split at {@code \r\n}, {@code \r} and {@code \n}; a loop, not a regular expression, which
     * premain would compile and run interpreted.
     */
    private static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
    }

    /*
     * Plain loops and try blocks, no lambdas, from here down: premain runs this for every line of the file, and each
     * lambda would be spun into a class there.
     */

    private void line(String text, int number) {
        try {
            RuleLine line = LineLexer.lex(text).orElse(null);
            if (line == null) {
                return;
            }
            if (line.kind().equals(ToolkitRule.KIND) && text.length() > Limits.LINE_CHARACTERS) {
                // a cache rule's parts are bounded one by one; a toolkit's, as a whole
                problem(number, Messages.uiLineTooLong(Limits.number(text.length()),
                        Limits.number(Limits.LINE_CHARACTERS)));
            } else if (line.kind().equals(ToolkitRule.KIND)) {
                toolkit(line, number);
            } else {
                rule(line, number);
            }
        } catch (InvalidRuleException e) {
            problem(number, e.getMessage());
        }
    }

    private void toolkit(RuleLine line, int number) {
        List<String> found = new ArrayList<>();
        UiToolkit toolkit = ToolkitRule.parse(line, found);
        for (String message : found) {
            problem(number, message);
        }
        if (toolkit == null) {
            return;
        }
        boolean taken = toolkit.name().equals(UiToolkit.MEMORIA_UI.name());
        for (UiToolkit other : toolkits) {
            taken |= other.name().equals(toolkit.name());
        }
        if (taken) {
            problem(number, Messages.toolkitNameTaken(toolkit.name(),
                    toolkit.name().equals(UiToolkit.MEMORIA_UI.name())));
            return;
        }
        toolkits.add(toolkit);
    }

    private void rule(RuleLine line, int number) {
        CacheSpec.Kind kind = RuleKinds.of(line.kind());
        if (line.pattern() == null) {
            throw new InvalidRuleException(Messages.ruleWithoutPattern(line.kind()));
        }
        // each check records its problem and the line's other checks still run, so one run reports them all
        int problemsBefore = problems.size();
        MethodPattern pattern = null;
        try {
            pattern = MethodPattern.parse(line.pattern());
        } catch (InvalidRuleException e) {
            problem(number, e.getMessage());
        }
        Map<String, Object> attributes = new HashMap<>();
        UnhashedParameters unhashed = UnhashedParameters.NONE;
        for (RuleLine.Attribute attribute : line.attributes()) {
            try {
                if (attribute.value().length() > Limits.VALUE_CHARACTERS) {
                    problem(number, Messages.valueTooLong(Limits.excerpt(attribute.name()),
                            Limits.excerpt(attribute.value()), Limits.number(attribute.value().length()),
                            Limits.number(Limits.VALUE_CHARACTERS)));
                } else if (attributes.containsKey(attribute.name())
                    || attribute.name().equals(AttributeValues.UNHASHED) && unhashed != UnhashedParameters.NONE) {
                    problem(number, Messages.attributeSetTwice(Limits.excerpt(attribute.name())));
                } else if (attribute.name().equals(AttributeValues.UNHASHED)) {
                    unhashed = UnhashedParameters.parse(attribute.value());
                } else {
                    attributes.put(attribute.name(), AttributeValues.parse(kind, attribute.name(), attribute.value()));
                }
            } catch (InvalidRuleException e) {
                problem(number, e.getMessage());
            }
        }
        if (problems.size() > problemsBefore) {
            return;
        }
        List<Object> checked = List.of(kind, attributes);
        if (!valid.contains(checked)) {
            try {
                CacheSpec.builder(kind, line.pattern()).setAll(attributes).build();
            } catch (CacheConfigurationException e) {
                problem(number, e.getMessage());
                return;
            }
            valid.add(checked);
        }
        rules.add(new CacheRule(kind, pattern, attributes, unhashed, file + ":" + number));
    }

    /** Records a problem; past the first few, only counts it, so that the report stays short for any file. */
    private void problem(int number, String message) {
        if (problems.size() < Limits.REPORTED_PROBLEMS) {
            problems.add(new RulesFileException.Problem(file, number, message));
        } else {
            unreported++;
        }
    }
}
