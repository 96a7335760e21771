package dev.memoria.internal.call;

import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.cache.Stores;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.MemoryBudget;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Consumer;

/**
 * The composition root of the call path: the object that owns the caches every cached method of a JVM binds to, and
 * through them the stores and the memory budget they share.
 * Woven code reaches it through {@link SiteBootstrap}, which the JVM calls statically, so the JVM's engine is the one
 * static here ({@link #jvm()}); everything else is built from it. A unit test builds an engine of its own, with fake
 * stores, and binds sites to it without the agent.
 */
public final class Engine {

    private static final Engine JVM = jvmEngine();

    private final Caches caches;
    private final Consumer<SiteDescriptor> preparer;

    public Engine(Caches caches) {
        this(caches, descriptor -> { });
    }

    private Engine(Caches caches, Consumer<SiteDescriptor> preparer) {
        this.caches = caches;
        this.preparer = preparer;
    }

    private static Engine jvmEngine() {
        Stores stores = new Stores(MemoryBudget.fromSettings());
        return new Engine(new Caches(stores::create), descriptor -> stores.prepare(descriptor, ValueCopier::preload));
    }

    /** The engine of this JVM: what woven code, the facade and the toolkit bindings use. */
    public static Engine jvm() {
        return JVM;
    }

    public Caches caches() {
        return caches;
    }

    /**
     * Told by the agent about the cached methods of a class as soon as they are found, before the class is woven:
     * what their first calls will need and takes long to set up (a disk store's index) starts now, in the background.
     */
    public void sighted(List<SiteDescriptor> sites) {
        sites.forEach(preparer);
    }

    /**
     * Builds the site of a cached method of {@code caller}'s class, as its first call would.
     *
     * @throws ReflectiveOperationException when the descriptor names hashers or callbacks the class does not have
     */
    Site bind(MethodHandles.Lookup caller, SiteDescriptor descriptor) throws ReflectiveOperationException {
        return SiteBinder.bind(this, caller, descriptor);
    }
}
