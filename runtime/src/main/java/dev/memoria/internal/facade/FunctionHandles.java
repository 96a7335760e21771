package dev.memoria.internal.facade;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.CachedFunction;
import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.call.Engine;
import dev.memoria.internal.report.Messages;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds {@link CachedFunction} handles for the facade, with errors that list what does exist. */
public final class FunctionHandles {

    private FunctionHandles() {
    }

    /** @see dev.memoria.Memoria#function */
    public static CachedFunction find(Class<?> owner, String name, Class<?>... parameterTypes) {
        Engine.jvm().declarations().bind(owner); // methods cached by a rules file carry no annotation: their caches tell
        List<Method> candidates = Stream.of(owner.getDeclaredMethods())
                .filter(method -> method.getName().equals(name) && !method.isBridge() && !method.isSynthetic())
                .filter(method -> parameterTypes.length == 0
                                  || Arrays.equals(method.getParameterTypes(), parameterTypes))
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException(Messages.noSuchMethod(owner.getName(),
                    name + (parameterTypes.length == 0 ? "" : signature(parameterTypes)), cachedMethodsOf(owner)));
        }
        if (candidates.size() > 1) {
            throw new IllegalArgumentException(Messages.overloaded(owner.getName() + "." + name,
                    candidates.stream().map(m -> name + signature(m.getParameterTypes()))
                            .collect(Collectors.joining(", ")),
                    "Memoria.function(" + owner.getSimpleName() + ".class, \"" + name + "\", "
                    + Stream.of(candidates.get(0).getParameterTypes()).map(type -> type.getSimpleName() + ".class")
                            .collect(Collectors.joining(", ")) + ")"));
        }
        Method method = candidates.get(0);
        MethodType type = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
        String signature = owner.getName() + '.' + name + type.toMethodDescriptorString();
        if (!isCached(method, signature)) {
            throw new IllegalArgumentException(Messages.notCached(owner.getName() + "." + name
                    + signature(method.getParameterTypes())));
        }
        return new FunctionHandle(signature, owner.getName() + '.' + name + signature(method.getParameterTypes()),
                type, Modifier.isStatic(method.getModifiers()));
    }

    /** One handle per cached method that has a cache, sorted by name. */
    public static List<CachedFunction> all() {
        Map<String, FunctionCache> bySignature = new TreeMap<>();
        for (FunctionCache cache : Engine.jvm().caches().all()) {
            bySignature.putIfAbsent(cache.descriptor().signature(), cache);
        }
        return bySignature.values().stream()
                .map(cache -> (CachedFunction) new FunctionHandle(cache.descriptor().signature(),
                        cache.descriptor().displayName(), cache.type(), cache.descriptor().isStatic()))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .collect(Collectors.toList());
    }

    private static boolean isCached(Method method, String signature) {
        return method.isAnnotationPresent(CacheData.class) || method.isAnnotationPresent(CacheResource.class)
               || Engine.jvm().caches().all().stream()
                       .anyMatch(cache -> cache.descriptor().signature().equals(signature));
    }

    private static String cachedMethodsOf(Class<?> owner) {
        String cached = Stream.of(owner.getDeclaredMethods())
                .filter(m -> isCached(m, owner.getName() + '.' + m.getName()
                        + MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString()))
                .map(m -> m.getName() + signature(m.getParameterTypes()))
                .sorted()
                .collect(Collectors.joining(", "));
        return cached.isEmpty() ? "none" : cached;
    }

    static String signature(Class<?>[] parameterTypes) {
        return Stream.of(parameterTypes).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }
}
