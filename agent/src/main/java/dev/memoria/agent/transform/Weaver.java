package dev.memoria.agent.transform;

import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.internal.call.Site;
import dev.memoria.internal.call.SiteBootstrap;
import dev.memoria.internal.site.SiteDescriptor;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.AsmClassWriter;
import net.bytebuddy.utility.JavaConstant;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.hasDescriptor;
import static net.bytebuddy.matcher.ElementMatchers.named;

/**
 * Rewrites cached methods with Byte Buddy {@link Advice}. Each method gets its {@link Site} through an
 * {@code invokedynamic} carrying its encoded descriptor, so the class gains no field or method: the rewrite is legal
 * for classes that are already loaded (retransformation) and leaves the class's shape untouched. Static, so that
 * Byte Buddy loads with the first class that has cached methods, not with the agent.
 */
final class Weaver {

    private static final MethodDescription.InDefinedShape BOOTSTRAP = bootstrapMethod();
    private static final TypeDescription SITE = TypeDescription.ForLoadedType.of(Site.class);

    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            // ASM 9.11 reads every class version up to Java 27; the ClassFile-API path is not bundled
            .with(AsmClassWriter.Factory.Default.ASM_ONLY);

    private Weaver() {
    }

    /**
     * @param classFile the class as it is now (the original bytes; they were fingerprinted)
     * @param sites     the cached methods to rewrite
     * @param classes   where referenced classes are found, for the frames Byte Buddy computes
     */
    static byte[] weave(String internalName, byte[] classFile, List<SiteDescriptor> sites, ClassSource classes) {
        String name = internalName.replace('/', '.');
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(name, classFile),
                new SourceLocator(classes));
        TypeDescription type = TypePool.Default.WithLazyResolution.of(locator).describe(name).resolve();
        AsmVisitorWrapper.ForDeclaredMethods rewrites = new AsmVisitorWrapper.ForDeclaredMethods();
        for (SiteDescriptor site : sites) {
            rewrites = rewrites.method(named(site.method()).and(hasDescriptor(site.descriptor())), advice(site));
        }
        return BYTE_BUDDY.redefine(type, locator).visit(rewrites).make().getBytes();
    }

    private static Advice advice(SiteDescriptor site) {
        StackManipulation siteConstant = MethodInvocation.invoke(BOOTSTRAP)
                .dynamic("site", SITE, List.of(), List.of(JavaConstant.Simple.ofLoaded(site.encode())));
        Class<?> exit = site.descriptor().endsWith(")V") ? CacheAdvice.VoidExit.class : CacheAdvice.ReturningExit.class;
        return Advice.withCustomMapping()
                .bind(SiteRef.class, siteConstant, Site.class)
                .to(site.parameterNames().size() == 1 ? CacheAdvice.EnterOne.class : CacheAdvice.Enter.class, exit);
    }

    private static MethodDescription.InDefinedShape bootstrapMethod() {
        try {
            return new MethodDescription.ForLoadedMethod(SiteBootstrap.class.getMethod("bootstrap",
                    MethodHandles.Lookup.class, String.class, MethodType.class, String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("memoria-runtime does not match this agent", e);
        }
    }

    /** Byte Buddy's view of a {@link ClassSource}. */
    private static final class SourceLocator implements ClassFileLocator {

        private final ClassSource classes;

        SourceLocator(ClassSource classes) {
            this.classes = classes;
        }

        @Override
        public Resolution locate(String name) {
            byte[] bytes = classes.classFile(name.replace('.', '/'));
            return bytes == null ? new Resolution.Illegal(name) : new Resolution.Explicit(bytes);
        }

        @Override
        public void close() throws IOException {
            // nothing held open
        }
    }
}
