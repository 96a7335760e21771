package dev.memoria.internal.call;

import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The cached methods the agent has woven, by class: the facade binds a method's cache from here when asked for it
 * before the method's first call (to clear persisted entries, say). Keyed weakly by class loader, so classes of a
 * discarded loader are not kept.
 */
public final class Declarations {

    private static final Map<ClassLoader, Map<String, List<SiteDescriptor>>> BY_LOADER = new WeakHashMap<>();

    private Declarations() {
    }

    /** Records the sites woven into {@code className} as loaded by {@code loader}. */
    public static void declare(ClassLoader loader, String className, List<SiteDescriptor> sites) {
        synchronized (BY_LOADER) {
            BY_LOADER.computeIfAbsent(loader, key -> new HashMap<>()).put(className, List.copyOf(sites));
        }
    }

    /**
     * Binds the caches of the cached methods declared for {@code owner}, as their first calls would: the facade needs
     * them to clear the persisted entries of a method that has not run yet in this JVM.
     */
    public static void bind(Class<?> owner) {
        for (SiteDescriptor descriptor : of(owner)) {
            try {
                SiteBinder.bind(MethodHandles.privateLookupIn(owner, MethodHandles.lookup()), descriptor);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // its first call binds it, and reports the problem
            }
        }
    }

    /** The sites declared for {@code owner}; empty when it was not woven by the agent. */
    private static List<SiteDescriptor> of(Class<?> owner) {
        synchronized (BY_LOADER) {
            Map<String, List<SiteDescriptor>> classes = BY_LOADER.get(owner.getClassLoader());
            return classes == null ? List.of() : classes.getOrDefault(owner.getName(), List.of());
        }
    }
}
