package dev.memoria.internal.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes argument values into a key: applies the method's user hashers, hands each value to its built-in
 * {@link Rule}, digests set members and map entries on their own, and keeps the stack of values being written, so a
 * value met again inside itself becomes a back-reference instead of endless recursion.
 *
 * <p>Reused key after key by one thread (see {@link ThreadEncoders}); not thread-safe.
 */
final class ValueEncoder {

    /** Whether {@link ThreadEncoders} has lent this encoder out; only its own thread reads or writes this. */
    boolean lent;

    /** The deepest nesting followed: far beyond real data, well within any thread's stack. */
    static final int MAX_DEPTH = 256;

    private final DigestSink keySink = new DigestSink();
    /** Sinks for member and entry digests, by nesting level: a set inside a set member needs a second one. */
    private final List<DigestSink> subDigestSinks = new ArrayList<>();
    private int subDigestLevel;
    private DigestSink current;
    private HasherTable hashers = HasherTable.EMPTY;

    // The values being written, outermost first, each with the hasher it is written through (null: built-in rules).
    // A value met again under the built-in rules is a cycle; met again under its hasher, it is part of its stand-in.
    private Object[] stackValues = new Object[16];
    private UserHasher[] stackHashers = new UserHasher[16];
    private int depth;

    /** Starts a key with the given method's hashers and returns the sink that receives it. */
    DigestSink begin(HasherTable methodHashers) {
        hashers = methodHashers;
        keySink.reset();
        current = keySink;
        return keySink;
    }

    /**
     * Ends a key, built or failed. The stack is already empty (every push is popped in a {@code finally}); what is
     * left to drop is the method's hashers.
     */
    void end() {
        hashers = HasherTable.EMPTY;
        current = null;
    }

    /** Writes one argument. */
    void value(Object value) {
        write(value, null);
    }

    /** Writes the element at {@code index} of a list, array or other collection. */
    void element(Object value, int index) {
        try {
            write(value, null);
        } catch (UnhashableValueException e) {
            throw e.atElement(index);
        }
    }

    /** Writes a named part of a value: a record component, or the key, value or content of an entry or optional. */
    void component(Object value, String name) {
        try {
            write(value, null);
        } catch (UnhashableValueException e) {
            throw e.atComponent(name);
        }
    }

    /** Returns the digest of one set member on its own, for order-independent set hashing. */
    byte[] memberDigest(Object member) {
        DigestSink outer = enterSubDigest();
        try {
            write(member, null);
            return current.digest();
        } catch (UnhashableValueException e) {
            throw e.atSetMember();
        } finally {
            exitSubDigest(outer);
        }
    }

    /** Returns the digest of one map entry on its own, for order-independent map hashing. */
    byte[] entryDigest(Object key, Object value) {
        DigestSink outer = enterSubDigest();
        try {
            try {
                write(key, null);
            } catch (UnhashableValueException e) {
                throw e.atMapKey();
            }
            try {
                write(value, null);
            } catch (UnhashableValueException e) {
                throw e.atMapValue(key);
            }
            return current.digest();
        } finally {
            exitSubDigest(outer);
        }
    }

    /**
     * Writes {@code value}: through its user hasher, unless that is {@code suppressed} or already busy with this very
     * value (met again inside the hasher's own stand-in); otherwise by its built-in rule.
     */
    private void write(Object value, UserHasher suppressed) {
        if (value == null) {
            current.tag(Tag.NULL);
            return;
        }
        if (value instanceof ValueKeys.RecordValue record) {
            record.encodeTo(current, this); // a record's snapshot in a lookup key being digested
            return;
        }
        UserHasher hasher = hashers.forClass(value.getClass());
        if (hasher != null && hasher != suppressed && stackDistance(value, hasher) == 0) {
            writeThrough(hasher, value);
            return;
        }
        Rule rule = Rules.forClass(value.getClass());
        if (!rule.nests()) {
            rule.write(value, current, this);
            return;
        }
        int cycleLength = stackDistance(value, null);
        if (cycleLength > 0) {
            current.tag(Tag.BACK_REFERENCE);
            current.i32(cycleLength);
            return;
        }
        push(value, null);
        try {
            rule.write(value, current, this);
        } finally {
            pop();
        }
    }

    /**
     * Writes the hasher's stand-in for {@code value}, tagged with the hasher's name so it never collides with the same
     * value passed directly. The stand-in is not handed to this hasher again, or {@code Hasher<Integer> i -> i} would
     * never end; neither is {@code value} if the stand-in contains it ({@code v -> List.of(v)}). Both are written with
     * the built-in rules.
     */
    private void writeThrough(UserHasher hasher, Object value) {
        push(value, hasher);
        try {
            Object standIn = hasher.standInFor(value);
            current.tag(Tag.HASHED_BY);
            current.text(hasher.name());
            try {
                write(standIn, hasher);
            } catch (UnhashableValueException e) {
                throw UnhashableValueException.hasherResultUnhashable(value, hasher.name(), standIn, e);
            }
        } finally {
            pop();
        }
    }

    /** How many levels up the stack {@code value} is being written in this role; 0 when it is not. */
    private int stackDistance(Object value, UserHasher hasher) {
        for (int i = depth - 1; i >= 0; i--) {
            if (stackValues[i] == value && stackHashers[i] == hasher) {
                return depth - i;
            }
        }
        return 0;
    }

    private void push(Object value, UserHasher hasher) {
        if (depth == MAX_DEPTH) {
            throw UnhashableValueException.nestedTooDeep(value, MAX_DEPTH);
        }
        if (depth == stackValues.length) {
            stackValues = Arrays.copyOf(stackValues, 2 * depth);
            stackHashers = Arrays.copyOf(stackHashers, 2 * depth);
        }
        stackValues[depth] = value;
        stackHashers[depth] = hasher;
        depth++;
    }

    private void pop() {
        depth--;
        stackValues[depth] = null;
        stackHashers[depth] = null;
    }

    private DigestSink enterSubDigest() {
        DigestSink outer = current;
        if (subDigestLevel == subDigestSinks.size()) {
            subDigestSinks.add(new DigestSink());
        }
        current = subDigestSinks.get(subDigestLevel++);
        current.reset();
        return outer;
    }

    private void exitSubDigest(DigestSink outer) {
        subDigestLevel--;
        current = outer;
    }
}
