package dev.memoria.internal.key;

import dev.memoria.internal.report.Messages;

import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.stream.BaseStream;

/**
 * The rule of a class Memoria cannot hash: writing one of its values fails. The reason is worked out once per class,
 * when {@link Rules} resolves it.
 */
final class NoRule implements Rule {

    private final String typeName;
    private final String problem;

    private NoRule(String typeName, String problem) {
        this.typeName = typeName;
        this.problem = problem;
    }

    /** Returns the rule for {@code type}, a class that none of the hashing rules covers. */
    static NoRule of(Class<?> type) {
        return new NoRule(UnhashableValueException.typeName(type), problem(type));
    }

    /** Returns the rule for a record whose accessors Memoria may not call. */
    static NoRule inaccessibleRecord(Class<?> type, IllegalAccessException cause) {
        return new NoRule(type.getName(), Messages.recordNotReadable(cause.getMessage()));
    }

    @Override
    public void write(Object value, DigestSink out, ValueEncoder values) {
        throw new UnhashableValueException(typeName, problem, null);
    }

    private static String problem(Class<?> type) {
        if (UnhashableValueException.isLambda(type)) {
            return Messages.lambdaArgument();
        }
        if (Proxy.isProxyClass(type)) {
            return Messages.proxyArgument();
        }
        if (Thread.class.isAssignableFrom(type)) {
            return Messages.threadArgument();
        }
        if (isConsumable(type)) {
            return Messages.consumableArgument();
        }
        return Messages.noHashingRule();
    }

    private static boolean isConsumable(Class<?> type) {
        return Iterator.class.isAssignableFrom(type)
               || Spliterator.class.isAssignableFrom(type)
               || BaseStream.class.isAssignableFrom(type)
               || InputStream.class.isAssignableFrom(type)
               || Reader.class.isAssignableFrom(type);
    }
}
