package dev.memoria.internal.call;

import dev.memoria.internal.site.SiteDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The cached methods woven into each class: the facade binds a method's cache from here when asked for it before the
 * method's first call (to clear persisted entries, say). The agent declares what it weaves as classes load; classes
 * woven at build time carry their list as a resource beside them ({@link #resourceName}). Keyed weakly by class
 * loader, so classes of a discarded loader are not kept. The engine owns them ({@link Engine#declarations()}).
 */
public final class Declarations {

    /** Separates encoded descriptors in a sites resource; an encoded descriptor never holds an empty line. */
    private static final String SEPARATOR = "\n\n";

    private final Map<ClassLoader, Map<String, List<SiteDescriptor>>> byLoader = new WeakHashMap<>();
    private final Engine engine;

    Declarations(Engine engine) {
        this.engine = engine;
    }

    /** Records the sites woven into {@code className} as loaded by {@code loader}. */
    public void declare(ClassLoader loader, String className, List<SiteDescriptor> sites) {
        synchronized (byLoader) {
            // no computeIfAbsent lambda: the agent declares the first woven class while the JVM starts
            Map<String, List<SiteDescriptor>> classes = byLoader.get(loader);
            if (classes == null) {
                classes = new HashMap<>();
                byLoader.put(loader, classes);
            }
            classes.put(className, List.copyOf(sites));
        }
    }

    /** Where the build plugin writes the sites of a class it wove, relative to the classes directory. */
    public static String resourceName(String className) {
        return "META-INF/memoria/sites/" + className + ".sites";
    }

    /** The content of a sites resource; {@link #of} reads it back. */
    public static byte[] encode(List<SiteDescriptor> sites) {
        return String.join(SEPARATOR, sites.stream().map(SiteDescriptor::encode).toList())
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Binds the caches of the cached methods declared for {@code owner}, as their first calls would: the facade needs
     * them to clear the persisted entries of a method that has not run yet in this JVM.
     */
    public void bind(Class<?> owner) {
        for (SiteDescriptor descriptor : of(owner)) {
            try {
                engine.bind(MethodHandles.privateLookupIn(owner, MethodHandles.lookup()), descriptor);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // its first call binds it, and reports the problem
            }
        }
    }

    /** The sites declared for {@code owner}; empty when it was woven neither by the agent nor by the plugin. */
    private List<SiteDescriptor> of(Class<?> owner) {
        synchronized (byLoader) {
            Map<String, List<SiteDescriptor>> classes = byLoader.get(owner.getClassLoader());
            if (classes != null && classes.containsKey(owner.getName())) {
                return classes.get(owner.getName());
            }
        }
        return wovenAtBuildTime(owner);
    }

    private static List<SiteDescriptor> wovenAtBuildTime(Class<?> owner) {
        ClassLoader loader = owner.getClassLoader();
        if (loader == null) {
            return List.of();
        }
        try (InputStream in = loader.getResourceAsStream(resourceName(owner.getName()))) {
            if (in == null) {
                return List.of();
            }
            List<SiteDescriptor> sites = new ArrayList<>();
            for (String encoded : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(SEPARATOR)) {
                sites.add(SiteDescriptor.decode(encoded));
            }
            return sites;
        } catch (IOException | RuntimeException e) {
            return List.of(); // its first call binds it, and reports the problem
        }
    }
}
