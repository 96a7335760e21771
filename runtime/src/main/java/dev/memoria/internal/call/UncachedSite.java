package dev.memoria.internal.call;

/** A method that runs as if undecorated: caching is disabled, or its configuration was reported as invalid. */
final class UncachedSite extends Site {

    /** Typed {@code Site}: verifying {@link SiteBinder}, on every JVM's first cached call, then loads no class. */
    static final Site INSTANCE = new UncachedSite();

    private UncachedSite() {
    }

    @Override
    public Object enter(Object receiver, Object[] args) {
        return null;
    }

    @Override
    public Object enterOne(Object receiver, Object argument) {
        return null;
    }
}
