package dev.memoria.internal.call;

/** A method that runs as if undecorated: caching is disabled, or its configuration was reported as invalid. */
final class UncachedSite extends Site {

    static final UncachedSite INSTANCE = new UncachedSite();

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
