package dev.memoria.internal.copy;

import dev.memoria.internal.report.Messages;

import org.apache.fory.resolver.TypeChecker;
import org.apache.fory.resolver.TypeResolver;

import java.lang.ref.Reference;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * Admits plain data and rejects resources. Fory can serialize almost any object, but a copy of a connection, a
 * stream, a lock or a thread is not the same resource: handing one out as a cached "copy" would be a silent bug. Such
 * values belong in {@code @CacheResource}, and the error says so.
 */
final class DataOnlyTypeChecker implements TypeChecker {

    private static final List<Class<?>> RESOURCE_TYPES = List.of(AutoCloseable.class, Thread.class,
            ThreadGroup.class, ClassLoader.class, Reference.class, Lock.class, ReadWriteLock.class, Condition.class,
            Future.class, CompletionStage.class, Executor.class);

    private final ClassLoader loader;

    DataOnlyTypeChecker(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean checkType(TypeResolver resolver, String className) {
        if (className.startsWith("[")) {
            return true; // an array descriptor: its elements are checked one by one
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return true; // Fory reports a class it cannot load on its own
        }
        for (Class<?> resource : RESOURCE_TYPES) {
            if (resource.isAssignableFrom(type)) {
                throw new NotCopyableException(className, Messages.resourceNotData(resource.getName()), null);
            }
        }
        return true;
    }
}
