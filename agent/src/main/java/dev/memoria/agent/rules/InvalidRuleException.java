package dev.memoria.agent.rules;

/**
 * One problem in one line of a rules file: what is wrong and the fix (the closing period is added here), without the
 * file and line, which the parser adds. Thrown and caught inside the parser only.
 */
final class InvalidRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidRuleException(String problem) {
        super(problem + ".", null, false, false);
    }
}
