package dev.memoria.internal.facade;

import dev.memoria.CacheStats;
import dev.memoria.CachedFunction;
import dev.memoria.Explanation;
import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.call.Engine;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Messages;

import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;

/** A {@link CachedFunction}: the caches of every code version of one method signature. */
final class FunctionHandle implements CachedFunction {

    private final String signature;
    private final String name;
    private final MethodType type;
    private final boolean isStatic;

    /**
     * @param signature owner, name and descriptor, shared by every code version of the method
     * @param name      the method as people read it
     * @param type      the method's type, against which {@link #clear(Object...)} checks its arguments
     */
    FunctionHandle(String signature, String name, MethodType type, boolean isStatic) {
        this.signature = signature;
        this.name = name;
        this.type = type;
        this.isStatic = isStatic;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void clear() {
        caches().forEach(cache -> cache.clear("CachedFunction.clear()"));
        Engine.jvm().caches().stored().discard(signature);
    }

    @Override
    public void clear(Object... args) {
        Object receiver = isStatic ? null : receiverOf(args);
        Object[] arguments = argumentsOf(args, "clear");
        Key stored = null;
        for (FunctionCache cache : caches()) {
            Object key = cache.keys().lookupKey(receiver, arguments);
            cache.clear(key, "CachedFunction.clear(arguments)");
            stored = cache.keys().digestOf(key);
        }
        if (stored != null) {
            Engine.jvm().caches().stored().remove(signature, stored); // other code versions on disk, keyed by the same rules
        }
    }

    @Override
    public Explanation explain(Object... args) {
        Object receiver = isStatic ? null : receiverOf(args);
        return new Explainer(Engine.jvm().caches(), signature, name).explain(receiver, argumentsOf(args, "explain"));
    }

    /** The arguments after the receiver, checked against the method's parameters. */
    private Object[] argumentsOf(Object[] args, String call) {
        Object[] arguments = isStatic ? args : Arrays.copyOfRange(args, 1, args.length);
        checkArguments(type.parameterArray(), arguments, call);
        return arguments;
    }

    @Override
    public CacheStats stats() {
        CacheStats total = CacheStats.empty(name);
        for (FunctionCache cache : caches()) {
            total = total.plus(cache.stats());
        }
        return total;
    }

    @Override
    public String toString() {
        return stats().toString();
    }

    private List<FunctionCache> caches() {
        return Engine.jvm().caches().all().stream()
                .filter(cache -> cache.descriptor().signature().equals(signature)).toList();
    }

    private Object receiverOf(Object[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(Messages.receiverMissing(name));
        }
        return args[0];
    }

    private void checkArguments(Class<?>[] types, Object[] arguments, String call) {
        if (arguments.length != types.length) {
            throw new IllegalArgumentException(Messages.wrongArgumentCount(name, types.length, isStatic, call,
                    arguments.length));
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> expected = MethodType.methodType(types[i]).wrap().returnType();
            if (arguments[i] != null ? !expected.isInstance(arguments[i]) : types[i].isPrimitive()) {
                throw new IllegalArgumentException(Messages.wrongArgumentType(i, call,
                        arguments[i] == null ? "null" : "a " + arguments[i].getClass().getName(), name,
                        types[i].getName()));
            }
        }
    }
}
