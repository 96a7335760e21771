package dev.memoria.internal.call;

import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.cache.Stores;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.time.Clock;

import java.lang.invoke.MethodHandles;

/**
 * The composition root of the call path: the object that owns the caches every cached method of a JVM binds to, and
 * through them the stores and the memory budget they share, the clock their TTLs follow and the reporter their
 * warnings go to. Woven code reaches it through {@link SiteBootstrap}, which the JVM calls statically, so the JVM's
 * engine is the one static here ({@link #jvm()}); everything else is built from it and passed down. A unit test builds
 * an engine of its own, with a fake clock, reporter and stores, and binds sites to it without the agent: its time and
 * warnings are its own.
 */
public final class Engine {

    private static final Engine JVM;

    static {
        // every use of the stores and copies (Chronicle, Fory) goes through an engine: the JVM's is the first
        ModuleAccess.grant();
        JVM = jvmEngine();
    }

    private final Clock clock;
    private final Reporter reporter;
    private final Caches.StoreFactory stores;
    private final Caches caches;
    // built when first asked for: a JVM's first cached call needs neither
    private RefreshExecutor refreshExecutor;
    private Declarations declarations;

    /**
     * An engine of a test's own.
     *
     * @param stores opens the tiers of each new cache; stores that expire entries should follow {@code clock}
     */
    public Engine(Clock clock, Reporter reporter, Caches.StoreFactory stores) {
        this.clock = clock;
        this.reporter = reporter;
        this.stores = stores;
        this.caches = new Caches(stores, clock, reporter);
    }

    private static Engine jvmEngine() {
        Clock clock = new Clock();
        Reporter reporter = Reporter.jvm();
        return new Engine(clock, reporter, Stores.fromSettings(clock, reporter));
    }

    /** The engine of this JVM: what woven code, the facade and the toolkit bindings use. */
    public static Engine jvm() {
        return JVM;
    }

    public Caches caches() {
        return caches;
    }

    /** The time this engine's TTLs and refreshes follow; the ITs move the JVM engine's. */
    public Clock clock() {
        return clock;
    }

    /** Where this engine's warnings go, each once. */
    public Reporter reporter() {
        return reporter;
    }

    /** The cached methods woven into each class, for the facade to bind before their first call. */
    public synchronized Declarations declarations() {
        if (declarations == null) {
            declarations = new Declarations(this);
        }
        return declarations;
    }

    /** Where the background refreshes of this engine's caches run. */
    synchronized RefreshExecutor refreshExecutor() {
        if (refreshExecutor == null) {
            refreshExecutor = new RefreshExecutor();
        }
        return refreshExecutor;
    }

    /**
     * Starts what a site's first call will need and takes long to set up (a disk store's index) in the background, so
     * that binding the rest of the site overlaps it.
     */
    void prepare(SiteDescriptor descriptor) {
        stores.prepare(descriptor);
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
