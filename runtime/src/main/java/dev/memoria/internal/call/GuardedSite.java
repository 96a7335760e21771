package dev.memoria.internal.call;

/**
 * The site woven code reaches: it asks the {@link CachingSite} and, when that fails where failing would hurt more than
 * a miss, runs the call uncached instead (see {@link CallFailures}). A wrapper rather than a change to the caching
 * path, so the hit path stays as it is: one more monomorphic call the JIT inlines.
 */
final class GuardedSite extends Site {

    private final CachingSite site;

    GuardedSite(CachingSite site) {
        this.site = site;
    }

    @Override
    public Object enter(Object receiver, Object[] args) {
        try {
            return site.enter(receiver, args);
        } catch (RuntimeException e) {
            return uncachedOrThrow(e);
        }
    }

    @Override
    public Object enterOne(Object receiver, Object argument) {
        try {
            return site.enterOne(receiver, argument);
        } catch (RuntimeException e) {
            return uncachedOrThrow(e);
        }
    }

    /** {@code null} (run the body uncached) when the failure must not reach the caller; else throws it. */
    private Object uncachedOrThrow(RuntimeException failure) {
        if (!CallFailures.runUncached(site.descriptor(), failure, site.reporter())) {
            throw failure;
        }
        return null;
    }
}
