package dev.memoria.internal.call;

import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.session.Sessions;
import dev.memoria.internal.site.SiteDescriptor;

import java.lang.invoke.MethodType;

/** Which cache a call uses: the JVM-wide one, or the one of the caller's UI session. */
interface CacheScope {

    FunctionCache current();

    /** The cache of every call, when it is decided once; {@code null} when each call resolves its own. */
    default FunctionCache fixed() {
        return null;
    }

    /** {@code scope = GLOBAL}: resolved once, when the site is bound. */
    static CacheScope global(FunctionCache cache) {
        return new CacheScope() {
            @Override
            public FunctionCache current() {
                return cache;
            }

            @Override
            public FunctionCache fixed() {
                return cache;
            }
        };
    }

    /** {@code scope = SESSION}: resolved on every call from the session bound to the calling thread. */
    static CacheScope perSession(Caches caches, SiteDescriptor descriptor, KeyMaker keys, MethodType type) {
        return () -> {
            String session = Sessions.current();
            if (session == null) {
                throw new IllegalStateException(Messages.noUiSession(descriptor.displayName(),
                        Thread.currentThread().getName()));
            }
            return caches.forSession(session, descriptor, keys, type);
        };
    }
}
