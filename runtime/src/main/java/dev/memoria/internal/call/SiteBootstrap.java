package dev.memoria.internal.call;

import dev.memoria.internal.site.SiteDescriptor;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The bootstrap method of the {@code invokedynamic} that woven code uses to reach its {@link Site}. The JVM calls it
 * once per call site, on first execution, with the woven class's own lookup; afterwards the site is a constant, so a
 * cached call costs no registry lookup.
 */
public final class SiteBootstrap {

    private SiteBootstrap() {
    }

    /**
     * @param caller     the lookup of the class declaring the cached method
     * @param name       unused ({@code "site"})
     * @param type       {@code ()Site}
     * @param descriptor the encoded {@link SiteDescriptor}
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, String descriptor) {
        Site site = SiteBinder.bind(Engine.jvm(), caller, descriptor);
        return new ConstantCallSite(MethodHandles.constant(Site.class, site));
    }
}
