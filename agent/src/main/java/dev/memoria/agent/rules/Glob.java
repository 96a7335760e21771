package dev.memoria.agent.rules;

import java.util.Arrays;

/**
 * A compiled wildcard pattern, matched by following all of its states at once (Thompson's construction), never by
 * backtracking: the time is at most the text's length times the pattern's size. Patterns come from files that anyone
 * may write, and a backtracking matcher spends exponential time on a pattern such as {@code *a*a*a*a*a*a*a*b}.
 *
 * <p>Names may be binary ({@code com.acme.Outer$Inner}) or internal ({@code com/acme/Outer$Inner}): a separator
 * step matches {@code .}, {@code /} and {@code $} alike, and a within-name wildcard stops at {@code .} and {@code /}.
 */
final class Glob {

    private static final byte CHAR = 0;
    private static final byte SEPARATOR = 1;
    private static final byte NAME_CHAR = 2;
    private static final byte ANY_CHAR = 3;
    private static final byte SPLIT = 4;
    private static final byte JUMP = 5;
    private static final byte MATCH = 6;

    private final byte[] op;
    /** The character of a {@code CHAR} step; the target of a {@code JUMP} and the first target of a {@code SPLIT}. */
    private final int[] first;
    /** The second target of a {@code SPLIT}. */
    private final int[] second;

    private Glob(byte[] op, int[] first, int[] second) {
        this.op = op;
        this.first = first;
        this.second = second;
    }

    /** Whether the whole of {@code text} matches. */
    boolean matches(CharSequence text) {
        int size = op.length;
        int[] current = new int[size];
        int[] next = new int[size];
        int[] seen = new int[size];
        int[] stack = new int[2 * size + 1]; // each step is expanded once, pushing at most two
        int generation = 1;
        int count = follow(0, current, 0, seen, generation, stack);
        for (int i = 0; i < text.length() && count > 0; i++) {
            char c = text.charAt(i);
            generation++;
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int step = current[k];
                if (consumes(step, c)) {
                    nextCount = follow(step + 1, next, nextCount, seen, generation, stack);
                }
            }
            int[] swap = current;
            current = next;
            next = swap;
            count = nextCount;
        }
        for (int k = 0; k < count; k++) {
            if (op[current[k]] == MATCH) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal text every match starts with, {@code .} standing for a separator: {@code com.acme} for
     * {@code com.acme.**.Catalog}; empty when the pattern starts with a wildcard.
     */
    String literalPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (int step = 0; op[step] == CHAR || op[step] == SEPARATOR; step++) {
            prefix.append(op[step] == CHAR ? (char) first[step] : '.');
        }
        return prefix.toString();
    }

    /**
     * The longest run of literal characters without a separator, which every matching name contains as it is: a
     * cheap test to turn most names away before {@link #matches}.
     */
    String longestLiteral() {
        String longest = "";
        StringBuilder run = new StringBuilder();
        for (int step = 0; step < op.length; step++) {
            if (op[step] == CHAR) {
                run.append((char) first[step]);
            } else {
                longest = run.length() > longest.length() ? run.toString() : longest;
                run.setLength(0);
            }
        }
        return longest;
    }

    private boolean consumes(int step, char c) {
        return switch (op[step]) {
            case CHAR -> c == first[step];
            case SEPARATOR -> c == '.' || c == '/' || c == '$';
            case NAME_CHAR -> c != '.' && c != '/';
            case ANY_CHAR -> true;
            default -> false;
        };
    }

    /** Adds {@code start} and every step it reaches without consuming a character; returns the new count. */
    private int follow(int start, int[] states, int count, int[] seen, int generation, int[] stack) {
        int top = 0;
        stack[top++] = start;
        while (top > 0) {
            int step = stack[--top];
            if (seen[step] == generation) {
                continue;
            }
            seen[step] = generation;
            if (op[step] == SPLIT) {
                stack[top++] = second[step];
                stack[top++] = first[step];
            } else if (op[step] == JUMP) {
                stack[top++] = first[step];
            } else {
                states[count++] = step;
            }
        }
        return count;
    }

    /** Emits the steps of a pattern in order; {@link #build} ends it. */
    static final class Builder {

        private byte[] op = new byte[16];
        private int[] first = new int[16];
        private int[] second = new int[16];
        private int size;

        Builder literal(char c) {
            emit(CHAR, c, 0);
            return this;
        }

        /** One {@code .}, {@code /} or {@code $}. */
        Builder separator() {
            emit(SEPARATOR, 0, 0);
            return this;
        }

        /** Any one character, separators included. */
        Builder anyChar() {
            emit(ANY_CHAR, 0, 0);
            return this;
        }

        /** Any number of characters: within one name ({@code [^./]*}), or of any kind ({@code .*}). */
        Builder star(boolean withinName) {
            int split = emit(SPLIT, size + 1, size + 3);
            emit(withinName ? NAME_CHAR : ANY_CHAR, 0, 0);
            emit(JUMP, split, 0);
            return this;
        }

        /**
         * Starts a part the text may skip: what is emitted until {@link #endOptional} with the returned mark, or
         * nothing. A mark, not a {@code Runnable}: a lambda here is spun while premain reads a rules file.
         */
        int beginOptional() {
            return emit(SPLIT, size + 1, 0);
        }

        /** Ends the optional part that {@link #beginOptional} began and marked {@code split}. */
        Builder endOptional(int split) {
            second[split] = size;
            return this;
        }

        Glob build() {
            emit(MATCH, 0, 0);
            return new Glob(Arrays.copyOf(op, size), Arrays.copyOf(first, size), Arrays.copyOf(second, size));
        }

        private int emit(byte kind, int target, int other) {
            if (size == op.length) {
                op = Arrays.copyOf(op, size * 2);
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
            }
            op[size] = kind;
            first[size] = target;
            second[size] = other;
            return size++;
        }
    }
}
