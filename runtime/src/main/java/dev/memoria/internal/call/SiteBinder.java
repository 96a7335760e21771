package dev.memoria.internal.call;

import dev.memoria.Hasher;
import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import dev.memoria.internal.Settings;
import dev.memoria.internal.copy.ReadBack;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.inputs.DeclaredInputs;
import dev.memoria.internal.key.HasherTable;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.site.SiteDescriptor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Site} of a cached method from the descriptor its weaver embedded, on the method's first call.
 * The lookup is the method's own (full privilege), so private hashers, validate and onRelease methods resolve without
 * reflection tricks. Any problem is reported once and leaves the method uncached: the application keeps running.
 */
final class SiteBinder {

    private SiteBinder() {
    }

    static Site bind(Engine engine, MethodHandles.Lookup caller, String encoded) {
        if (Settings.disabled()) {
            return UncachedSite.INSTANCE;
        }
        SiteDescriptor descriptor;
        try {
            descriptor = SiteDescriptor.decode(encoded);
        } catch (RuntimeException e) {
            engine.reporter().once("descriptor " + caller.lookupClass().getName() + e.getMessage(),
                    Messages.cannotCacheIn(caller.lookupClass().getName(), e.getMessage()));
            return UncachedSite.INSTANCE;
        }
        try {
            return bind(engine, caller, descriptor);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            engine.reporter().once("bind " + descriptor.functionKey(),
                    Messages.cannotCache(descriptor.describedName(), e.getMessage()));
            return UncachedSite.INSTANCE;
        }
    }

    static Site bind(Engine engine, MethodHandles.Lookup caller, SiteDescriptor descriptor)
            throws ReflectiveOperationException {
        Class<?> owner = caller.lookupClass();
        CacheSpec spec = descriptor.spec();
        engine.prepare(descriptor);
        MethodType type = MethodType.fromMethodDescriptorString(descriptor.descriptor(), owner.getClassLoader());
        KeyMaker keys = new KeyMaker(descriptor.describedName(), descriptor.parameterNames(),
                descriptor.hashedParameters(), descriptor.hashesReceiver(), hashers(caller, descriptor),
                type.parameterArray(), DeclaredInputs.parse(spec.inputs(), engine.reporter()));
        boolean async = AsyncResults.isAsync(type.returnType());
        Type valueType = async ? AsyncResults.valueType(declaredMethod(owner, descriptor).getGenericReturnType())
                : declaredMethod(owner, descriptor).getGenericReturnType();
        EntryKind kind = spec.kind() == CacheSpec.Kind.DATA
                ? dataEntries(engine, owner, descriptor, valueType)
                : resourceEntries(engine, caller, descriptor,
                        async ? AsyncResults.erasure(valueType) : type.wrap().returnType());
        CacheScope scope = spec.scope() == Scope.SESSION
                ? CacheScope.perSession(engine.caches(), descriptor, keys, type)
                : CacheScope.global(engine.caches().global(descriptor, keys, type));
        String progress = !spec.showSpinner() ? null
                : spec.spinnerText().isEmpty() ? descriptor.defaultSpinnerText() : spec.spinnerText();
        return new GuardedSite(new CachingSite(descriptor, keys, kind, scope, progress, async,
                background(engine, caller, descriptor), engine.reporter()));
    }

    /** How stale entries are refreshed with {@code refresh = BACKGROUND}: by calling the method itself again. */
    private static BackgroundRefresh background(Engine engine, MethodHandles.Lookup caller,
                                                SiteDescriptor descriptor)
            throws ReflectiveOperationException {
        CacheSpec spec = descriptor.spec();
        if (spec.refresh() != Refresh.BACKGROUND) {
            return null;
        }
        return new BackgroundRefresh(engine, spec.ttl().orElseThrow().toMillis(),
                caller.unreflect(declaredMethod(caller.lookupClass(), descriptor)), descriptor.isStatic(),
                descriptor.displayName());
    }

    /** @param valueType the declared type of the values cached: the return type, or the {@code T} of its future */
    private static DataEntries dataEntries(Engine engine, Class<?> owner, SiteDescriptor descriptor,
                                           Type valueType) {
        ValueCopier copier = ValueCopier.forLoader(owner.getClassLoader());
        ReadBack readBack = copier.readBack(valueType);
        if (descriptor.spec().persist() == Persist.DISK) {
            readBack.prepare(); // while the index opens: a hit after a restart needs both
        }
        return new DataEntries(descriptor.describedName(), copier, readBack, engine.clock());
    }

    private static Method declaredMethod(Class<?> owner, SiteDescriptor descriptor) throws NoSuchMethodException {
        for (Method method : owner.getDeclaredMethods()) {
            if (method.getName().equals(descriptor.method())
                && MethodType.methodType(method.getReturnType(), method.getParameterTypes())
                        .toMethodDescriptorString().equals(descriptor.descriptor())) {
                return method;
            }
        }
        throw new NoSuchMethodException(descriptor.displayName());
    }

    private static HasherTable hashers(MethodHandles.Lookup caller, SiteDescriptor descriptor)
            throws ReflectiveOperationException {
        List<Hasher<?>> hashers = new ArrayList<>();
        for (String name : descriptor.spec().hashers()) {
            Class<?> type = Class.forName(name, true, caller.lookupClass().getClassLoader());
            if (!Hasher.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(Messages.hasherNotAHasher(name));
            }
            hashers.add((Hasher<?>) newInstance(MethodHandles.privateLookupIn(type, caller), type));
        }
        return HasherTable.of(hashers);
    }

    private static Object newInstance(MethodHandles.Lookup lookup, Class<?> type)
            throws ReflectiveOperationException {
        MethodHandle constructor;
        try {
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(Messages.hasherWithoutConstructor(type.getName()), e);
        }
        try {
            return constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new InvocationTargetException(e, Messages.hasherConstructorThrew(type.getName(), e.toString()));
        }
    }

    private static ResourceEntries resourceEntries(Engine engine, MethodHandles.Lookup caller,
                                                   SiteDescriptor descriptor, Class<?> returnType)
            throws ReflectiveOperationException {
        CacheSpec spec = descriptor.spec();
        return new ResourceEntries(descriptor.describedName(), returnType,
                callback(caller, descriptor, "validate", spec.validate(), returnType),
                callback(caller, descriptor, "onRelease", spec.onRelease(), returnType), spec.offHeap(),
                engine.clock(), engine.reporter());
    }

    private static ResourceEntries.Callback callback(MethodHandles.Lookup caller, SiteDescriptor descriptor,
                                                     String attribute, String name, Class<?> valueType)
            throws IllegalAccessException {
        if (name.isEmpty()) {
            return null;
        }
        for (Method method : caller.lookupClass().getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                && accepts(method.getParameterTypes()[0], valueType)) {
                boolean isStatic = Modifier.isStatic(method.getModifiers());
                if (!isStatic && descriptor.isStatic()) {
                    throw new IllegalArgumentException(Messages.callbackOnInstance(attribute, name, descriptor.method()));
                }
                return new ResourceEntries.Callback(caller.unreflect(method), isStatic);
            }
        }
        throw new IllegalArgumentException(Messages.noSuchCallback(attribute, name, valueType.getSimpleName(),
                caller.lookupClass().getName()));
    }

    /**
     * Whether a callback parameter can take the cached value ({@code valueType} is boxed): a supertype, or the
     * primitive the value unboxes to, so {@code boolean positive(int v)} validates an {@code int} method.
     */
    private static boolean accepts(Class<?> parameter, Class<?> valueType) {
        return parameter.isAssignableFrom(valueType)
               || parameter.isPrimitive() && MethodType.methodType(parameter).wrap().returnType() == valueType;
    }
}
