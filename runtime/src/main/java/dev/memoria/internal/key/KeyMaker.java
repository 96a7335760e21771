package dev.memoria.internal.key;

import dev.memoria.UnhashableParameterException;
import dev.memoria.internal.inputs.DeclaredInputs;
import dev.memoria.internal.report.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static dev.memoria.UnhashableParameterException.RECEIVER;

/**
 * Builds the keys of one cached method's calls. Thread-safe: one instance per cached method, used on every call.
 *
 * <p>Two kinds of key. A <em>lookup key</em> ({@link #lookupKey}) finds an entry in the method's own memory tier: it
 * only has to be equal by value within this method's cache, so when every hashed value is small and immutable
 * ({@link ValueKeys}) it is made of the values themselves (no digest; no allocation for one scalar). Otherwise it is
 * the digest. A
 * <em>digest</em> ({@link #keyOf}, {@link #digestOf}) is what leaves the JVM: the disk tier, widget keys.
 *
 * <p>A digest is the SHA-256 of: {@link Tag#KEY} and {@link #SCHEME_VERSION}; then, if the receiver is hashed,
 * {@link Tag#RECEIVER} and the receiver; then, for each hashed parameter in order, {@link Tag#PARAMETER}, its index and
 * its value. Writing the index keeps the parameters apart even when some in between are left out. A method with
 * declared inputs ({@code inputs}) ends it with {@link Tag#INPUTS} and the digest of their current values; its lookup
 * keys are always digests, since the inputs must be read on every call anyway.
 */
public final class KeyMaker implements Function<Object, Key> {

    /**
     * Written at the start of every key. Raise it whenever the encoding changes, so keys persisted under the old
     * scheme stop matching instead of meaning something else.
     */
    static final int SCHEME_VERSION = 1;

    private final String method;
    private final String[] parameterNames;
    private final boolean[] hashed;
    private final boolean hashReceiver;
    private final HasherTable hashers;
    /** The hashed slots in key order: {@link UnhashableParameterException#RECEIVER} first when hashed, then indices. */
    private final int[] slots;
    /** Whether lookup keys may hold the values themselves: not for more values than {@link ValueKeys#MAX_VALUES}. */
    private final boolean byValue;
    /** Per slot: its values are their own key parts whatever they are ({@link ValueKeys#keyedAsItself}). */
    private final boolean[] asItself;
    /** One slot, keyed as itself: a call's lookup key is its argument. */
    private final boolean oneAsItself;
    /** The declared inputs, or {@code null} when there are none. */
    private final DeclaredInputs inputs;

    /**
     * @param method         display name used in errors, e.g. {@code example.Reports.load(java.sql.Connection, int)}
     * @param parameterNames one name per parameter ({@code arg0} style when unknown)
     * @param hashed         per parameter: {@code false} leaves it out of the key ({@code @Unhashed} or a leading
     *                       {@code _})
     * @param hashReceiver   whether the receiver ({@code this}) of an instance method is part of the key
     * @param hashers        the user hashers declared for this method
     * @throws IllegalArgumentException if {@code parameterNames} and {@code hashed} differ in length
     */
    public KeyMaker(String method, List<String> parameterNames, boolean[] hashed, boolean hashReceiver,
                    HasherTable hashers) {
        this(method, parameterNames, hashed, hashReceiver, hashers, null, null);
    }

    /**
     * A maker that knows the parameters' declared types, so a parameter whose every value is its own key part (a
     * primitive, a box, {@code String}, an enum) is taken without a look at its class on each call.
     *
     * @param parameterTypes the declared parameter types, one per parameter; {@code null} when unknown
     * @param inputs         the method's declared inputs, whose current values join every key; {@code null} or empty
     *                       for none
     * @throws IllegalArgumentException if the names, flags and types differ in length
     */
    public KeyMaker(String method, List<String> parameterNames, boolean[] hashed, boolean hashReceiver,
                    HasherTable hashers, Class<?>[] parameterTypes, DeclaredInputs inputs) {
        this.method = Objects.requireNonNull(method, "method");
        this.parameterNames = parameterNames.toArray(new String[0]);
        this.hashed = hashed.clone();
        this.hashReceiver = hashReceiver;
        this.hashers = Objects.requireNonNull(hashers, "hashers");
        if (this.hashed.length != this.parameterNames.length) {
            throw new IllegalArgumentException(method + ": " + this.parameterNames.length + " parameter names but "
                                               + this.hashed.length + " hashed flags");
        }
        if (parameterTypes != null && parameterTypes.length != this.hashed.length) {
            throw new IllegalArgumentException(method + ": " + parameterTypes.length + " parameter types but "
                                               + this.hashed.length + " hashed flags");
        }
        this.slots = slots(hashReceiver, this.hashed);
        this.inputs = inputs == null || inputs.isEmpty() ? null : inputs;
        this.byValue = slots.length <= ValueKeys.MAX_VALUES && this.inputs == null;
        this.asItself = new boolean[slots.length];
        for (int i = 0; i < slots.length && parameterTypes != null; i++) {
            asItself[i] = slots[i] != RECEIVER && ValueKeys.keyedAsItself(parameterTypes[slots[i]], hashers);
        }
        this.oneAsItself = byValue && slots.length == 1 && asItself[0];
    }

    private static int[] slots(boolean hashReceiver, boolean[] hashed) {
        int count = hashReceiver ? 1 : 0;
        for (boolean h : hashed) {
            count += h ? 1 : 0;
        }
        int[] slots = new int[count];
        int next = 0;
        if (hashReceiver) {
            slots[next++] = RECEIVER;
        }
        for (int i = 0; i < hashed.length; i++) {
            if (hashed[i]) {
                slots[next++] = i;
            }
        }
        return slots;
    }

    /**
     * Returns the key that finds this call's entry in the method's memory tier: equal for calls with equal hashed
     * arguments, and drawing exactly the distinctions {@link #keyOf} draws (see {@link ValueKeys}).
     *
     * @param receiver the receiver, or {@code null} for a static method
     * @param args     the call's arguments, primitives boxed; not retained unless every one of them is a slot
     * @return a lookup key for the memory tier; {@link #digestOf} turns it into the digest
     * @throws UnhashableParameterException if a hashed argument (or the receiver) holds a value Memoria cannot hash
     * @throws IllegalArgumentException     if {@code args} does not have one element per parameter
     */
    public Object lookupKey(Object receiver, Object[] args) {
        if (args.length != hashed.length) {
            throw new IllegalArgumentException(method + " takes " + hashed.length + " arguments, got " + args.length);
        }
        if (byValue) {
            if (slots.length == 0) {
                return ValueKeys.NONE;
            }
            if (slots.length == 1) {
                Object only = part(0, receiver, args);
                if (only != ValueKeys.DIGEST) {
                    return ValueKeys.single(only);
                }
            } else {
                Object[] parts = new Object[slots.length];
                int taken = 0;
                while (taken < slots.length) {
                    Object part = part(taken, receiver, args);
                    if (part == ValueKeys.DIGEST) {
                        break;
                    }
                    parts[taken++] = part;
                }
                if (taken == slots.length) {
                    return ValueKeys.of(parts);
                }
            }
        }
        return keyOf(receiver, args);
    }

    /**
     * {@link #lookupKey} for a method of one parameter, without an argument array when the key holds the argument by
     * value.
     *
     * @throws IllegalArgumentException if the method does not take exactly one parameter
     */
    public Object lookupKeyOfOne(Object receiver, Object argument) {
        if (hashed.length != 1) {
            throw new IllegalArgumentException(method + " takes " + hashed.length + " arguments, got 1");
        }
        if (oneAsItself) {
            return ValueKeys.single(argument);
        }
        if (byValue && slots.length == 1) {
            Object only = ValueKeys.byValue(slots[0] == RECEIVER ? receiver : argument, hashers);
            if (only != ValueKeys.DIGEST) {
                return ValueKeys.single(only);
            }
        }
        return lookupKey(receiver, new Object[]{argument});
    }

    /**
     * {@link #digestOf}, for the tiers that store digests: a maker is its own function, so binding a method spins no
     * method reference.
     */
    @Override
    public Key apply(Object lookupKey) {
        return digestOf(lookupKey);
    }

    /**
     * Returns the digest of a lookup key from {@link #lookupKey}: the same as {@link #keyOf} for that call.
     *
     * @throws IllegalArgumentException if {@code lookupKey} is not one of this method's lookup keys
     */
    public Key digestOf(Object lookupKey) {
        if (lookupKey instanceof Key digest) {
            return digest;
        }
        Object[] values = ValueKeys.values(lookupKey, slots.length);
        Object receiver = null;
        Object[] args = new Object[hashed.length];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == RECEIVER) {
                receiver = values[i];
            } else {
                args[slots[i]] = values[i];
            }
        }
        return keyOf(receiver, args);
    }

    /** The lookup key part of the {@code k}th slot, or {@link ValueKeys#DIGEST}. */
    private Object part(int k, Object receiver, Object[] args) {
        if (asItself[k]) {
            return args[slots[k]];
        }
        return ValueKeys.byValue(slots[k] == RECEIVER ? receiver : args[slots[k]], hashers);
    }

    /**
     * One comparable value per hashed parameter (the receiver first when hashed), for naming the parameters in which
     * two calls differ: the value itself when the lookup key holds it, else a digest of that argument alone. Only
     * misses and explanations call this, never hits.
     *
     * @param args the call's arguments, or {@code null} when not at hand
     * @return the parts, or {@code null} when they cannot be told without the arguments
     */
    public Object[] parts(Object receiver, Object[] args, Object lookupKey) {
        if (!(lookupKey instanceof Key)) {
            return ValueKeys.values(lookupKey, slots.length);
        }
        if (slots.length == 1) {
            return new Object[] {lookupKey};
        }
        if (args == null) {
            return null;
        }
        Object[] parts = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Object value = valueAt(slots[i], receiver, args);
            Object part = ValueKeys.byValue(value, hashers);
            parts[i] = part != ValueKeys.DIGEST ? part : digestOfOne(slots[i], value);
        }
        return parts;
    }

    /** The names of the hashed parameters, in the order of {@link #parts}: {@code this} for the receiver. */
    public List<String> partNames() {
        List<String> names = new ArrayList<>(slots.length);
        for (int slot : slots) {
            names.add(slot == RECEIVER ? "this" : parameterNames[slot]);
        }
        return names;
    }

    private Key digestOfOne(int slot, Object value) {
        ValueEncoder encoder = ThreadEncoders.borrow();
        try {
            DigestSink key = encoder.begin(hashers);
            key.tag(Tag.PARAMETER);
            key.i32(slot);
            writeArgument(encoder, slot, value);
            return Key.fromBytes(key.digest());
        } finally {
            ThreadEncoders.giveBack(encoder);
        }
    }

    private static Object valueAt(int slot, Object receiver, Object[] args) {
        return slot == RECEIVER ? receiver : args[slot];
    }

    /**
     * Returns the digest of one call.
     *
     * @param receiver the receiver, or {@code null} for a static method
     * @param args     the call's arguments, primitives boxed
     * @return the key; equal for calls with equal hashed arguments
     * @throws UnhashableParameterException if a hashed argument (or the receiver) holds a value Memoria cannot hash
     * @throws IllegalArgumentException     if {@code args} does not have one element per parameter
     */
    public Key keyOf(Object receiver, Object[] args) {
        if (args.length != hashed.length) {
            throw new IllegalArgumentException(method + " takes " + hashed.length + " arguments, got " + args.length);
        }
        ValueEncoder encoder = ThreadEncoders.borrow();
        try {
            DigestSink key = encoder.begin(hashers);
            key.tag(Tag.KEY);
            key.u8(SCHEME_VERSION);
            if (hashReceiver) {
                key.tag(Tag.RECEIVER);
                writeArgument(encoder, RECEIVER, receiver);
            }
            for (int i = 0; i < args.length; i++) {
                if (hashed[i]) {
                    key.tag(Tag.PARAMETER);
                    key.i32(i);
                    writeArgument(encoder, i, args[i]);
                }
            }
            if (inputs != null) {
                key.tag(Tag.INPUTS);
                key.raw(inputs.currentDigest());
            }
            return Key.fromBytes(key.digest());
        } finally {
            ThreadEncoders.giveBack(encoder);
        }
    }

    /**
     * The key of a call of a method that allows widgets: its arguments' key, then each widget it reads, by identity
     * and current value (Streamlit's second-level "widget key", §5.3 of the reference).
     *
     * @param ids    the widgets' identities, in a stable order
     * @param values their values, one per identity
     * @throws IllegalArgumentException if a widget's value cannot be hashed
     */
    public Key withWidgets(Key argumentsKey, List<String> ids, List<Object> values) {
        ValueEncoder encoder = ThreadEncoders.borrow();
        try {
            DigestSink key = encoder.begin(hashers);
            key.tag(Tag.KEY);
            key.u8(SCHEME_VERSION);
            key.raw(argumentsKey.toBytes());
            for (int i = 0; i < ids.size(); i++) {
                key.tag(Tag.WIDGET);
                key.text(ids.get(i));
                writeWidget(encoder, ids.get(i), values.get(i));
            }
            return Key.fromBytes(key.digest());
        } finally {
            ThreadEncoders.giveBack(encoder);
        }
    }

    private void writeWidget(ValueEncoder encoder, String id, Object value) {
        try {
            encoder.value(value);
        } catch (UnhashableValueException e) {
            throw new IllegalArgumentException(Messages.unhashableWidget(method, id, e.typeName(), e.problem()), e);
        }
    }

    private void writeArgument(ValueEncoder encoder, int parameter, Object value) {
        try {
            encoder.value(value);
        } catch (UnhashableValueException e) {
            String name = parameter == RECEIVER ? "this" : parameterNames[parameter];
            throw new UnhashableParameterException(method, parameter, name, e.typeName(), e.path(), e.problem(),
                                                   e.hasherFailed(), e.getCause());
        }
    }
}
