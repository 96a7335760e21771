package dev.memoria.agent.cli;

/**
 * A problem the user can fix, such as a wrong {@code --dir}: the tool prints the message, which says what went wrong
 * and what to do, and exits with {@link MemoriaCli#EXIT_PROBLEM}, without a stack trace.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message, null, false, false);
    }
}
