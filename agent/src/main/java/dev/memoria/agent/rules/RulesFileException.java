package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rules file cannot be used: it is missing or unreadable, or some of its lines are wrong. The message lists every
 * problem as {@code <file>:<line>: <what is wrong>. <the fix>}, so that all of them can be fixed in one go.
 */
public final class RulesFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    private RulesFileException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** One wrong line: {@code message} says what is wrong and how to fix it. */
    public record Problem(String file, int line, String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /** @param unreported how many more problems the file has than those listed */
    static RulesFileException of(String file, List<Problem> problems, int unreported) {
        int total = problems.size() + unreported;
        String header = Messages.rulesFileProblems(file, Limits.number(total), total == 1);
        String footer = unreported == 0 ? "" : "\n" + Messages.moreRulesFileProblems(Limits.number(unreported));
        return new RulesFileException(problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n", header + "\n", footer)), problems);
    }

    static RulesFileException unreadable(String message) {
        return new RulesFileException(message, List.of());
    }

    /** The wrong lines listed in the message, in file order; empty when the file itself could not be read. */
    public List<Problem> problems() {
        return problems;
    }
}
