package dev.memoria.agent.ui;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.AsmClassWriter;

/**
 * Weaves {@link FunnelAdvice} into a toolkit's target class. A class of its own so that Byte Buddy, a few hundred
 * classes, loads when a toolkit's class does, not with the agent: most applications load none.
 */
final class ToolkitWeaver {

    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            .with(AsmClassWriter.Factory.Default.ASM_ONLY);

    private ToolkitWeaver() {
    }

    static byte[] weave(UiToolkit toolkit, ClassLoader loader, byte[] classFile) {
        ClassFileLocator locator = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(toolkit.targetClass(), classFile),
                loader == null ? ClassFileLocator.ForClassLoader.ofBootLoader()
                        : ClassFileLocator.ForClassLoader.of(loader));
        AsmVisitorWrapper advice = Advice.withCustomMapping()
                .bind(ToolkitName.class, toolkit.name())
                .to(FunnelAdvice.class)
                .on(funnels(toolkit));
        return BYTE_BUDDY.redefine(TypePool.Default.WithLazyResolution.of(locator).describe(toolkit.targetClass())
                        .resolve(), locator)
                .visit(advice).make().getBytes();
    }

    private static ElementMatcher<MethodDescription> funnels(UiToolkit toolkit) {
        ElementMatcher.Junction<MethodDescription> any = ElementMatchers.none();
        for (InstanceMethod funnel : toolkit.funnels()) {
            any = any.or(funnel.matcher());
        }
        return any;
    }
}
