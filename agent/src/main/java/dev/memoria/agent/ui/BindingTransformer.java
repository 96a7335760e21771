package dev.memoria.agent.ui;

import dev.memoria.internal.call.Site;
import dev.memoria.internal.engine.Toolkits;
import dev.memoria.internal.report.Reporter;
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

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds UI toolkits when their target class loads: weaves {@link FunnelAdvice} into its funnel methods and installs
 * a {@link HandleBinding} for its class loader. The toolkit is otherwise untouched and knows nothing of Memoria. Like
 * the caching transformer, it never breaks class loading: a failure is reported once and the toolkit stays unbound.
 */
public final class BindingTransformer implements ClassFileTransformer {

    private static final Module RUNTIME = Site.class.getModule();

    private final Instrumentation instrumentation;
    private final List<UiToolkit> toolkits;
    private final ByteBuddy byteBuddy = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            .with(AsmClassWriter.Factory.Default.ASM_ONLY);

    public BindingTransformer(Instrumentation instrumentation, List<UiToolkit> toolkits) {
        this.instrumentation = instrumentation;
        this.toolkits = List.copyOf(toolkits);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classFile) {
        if (className == null) {
            return null;
        }
        for (UiToolkit toolkit : toolkits) {
            if (toolkit.internalName().equals(className)) {
                return bind(toolkit, module, loader, classFile);
            }
        }
        return null;
    }

    /** Binds toolkits whose target class was loaded before the agent attached. */
    public void bindLoadedClasses() {
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (toolkits.stream().anyMatch(toolkit -> toolkit.targetClass().equals(type.getName()))) {
                try {
                    instrumentation.retransformClasses(type);
                } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                    Reporter.once("bind " + type.getName(), "Could not bind the UI toolkit class " + type.getName()
                            + ": " + e + ". Its calls inside cached methods are not replayed on hits.");
                }
            }
        }
    }

    private byte[] bind(UiToolkit toolkit, Module module, ClassLoader loader, byte[] classFile) {
        try {
            byte[] woven = weave(toolkit, loader, classFile);
            readRuntime(module);
            Toolkits.bind(new HandleBinding(toolkit, loader));
            return woven;
        } catch (Throwable e) {
            Reporter.once("bind " + toolkit.name(), "Could not bind the UI toolkit " + toolkit.name() + " ("
                    + toolkit.targetClass() + "): " + e + ". Its calls inside cached methods are not replayed on"
                    + " hits.");
            return null;
        }
    }

    private byte[] weave(UiToolkit toolkit, ClassLoader loader, byte[] classFile) {
        ClassFileLocator locator = new ClassFileLocator.Compound(
                ClassFileLocator.Simple.of(toolkit.targetClass(), classFile),
                loader == null ? ClassFileLocator.ForClassLoader.ofBootLoader() : ClassFileLocator.ForClassLoader.of(loader));
        AsmVisitorWrapper advice = Advice.withCustomMapping()
                .bind(ToolkitName.class, toolkit.name())
                .to(FunnelAdvice.class)
                .on(funnels(toolkit));
        return byteBuddy.redefine(TypePool.Default.WithLazyResolution.of(locator).describe(toolkit.targetClass())
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

    /** The woven toolkit calls the runtime; a named module must be able to read it. */
    private void readRuntime(Module module) {
        if (module != null && module.isNamed() && !module.canRead(RUNTIME)) {
            instrumentation.redefineModule(module, Set.of(RUNTIME), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
