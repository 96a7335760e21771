package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.call.Site;
import dev.memoria.internal.engine.Toolkits;
import dev.memoria.internal.report.Reporter;

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
    /** The toolkits' target classes, by internal name, computed once: {@link #transform} sees every loaded class. */
    private final String[] targets;

    public BindingTransformer(Instrumentation instrumentation, List<UiToolkit> toolkits) {
        this.instrumentation = instrumentation;
        this.toolkits = List.copyOf(toolkits);
        this.targets = new String[this.toolkits.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = this.toolkits.get(i).internalName();
        }
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classFile) {
        if (className == null) {
            return null;
        }
        for (int i = 0; i < targets.length; i++) {
            if (targets[i].equals(className)) {
                return bind(toolkits.get(i), module, loader, classFile);
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
                    Reporter.jvm().once("bind " + type.getName(),
                            Messages.cannotBindToolkitClass(type.getName(), String.valueOf(e)));
                }
            }
        }
    }

    private byte[] bind(UiToolkit toolkit, Module module, ClassLoader loader, byte[] classFile) {
        try {
            byte[] woven = ToolkitWeaver.weave(toolkit, classFile);
            readRuntime(module);
            Toolkits.bind(new HandleBinding(toolkit, loader));
            return woven;
        } catch (Throwable e) {
            Reporter.jvm().once("bind " + toolkit.name(),
                    Messages.cannotBindToolkit(toolkit.name(), toolkit.targetClass(), String.valueOf(e)));
            return null;
        }
    }

    /** The woven toolkit calls the runtime; a named module must be able to read it. */
    private void readRuntime(Module module) {
        if (module != null && module.isNamed() && !module.canRead(RUNTIME)) {
            instrumentation.redefineModule(module, Set.of(RUNTIME), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
