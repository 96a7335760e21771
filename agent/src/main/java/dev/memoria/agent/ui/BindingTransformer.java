package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.call.Site;
import dev.memoria.internal.report.Reporter;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds UI toolkits when their target class loads: weaves {@link FunnelAdvice} into its funnel methods and installs
 * a {@link HandleBinding} for its class loader. The toolkit is otherwise untouched and knows nothing of Memoria. Like
 * the caching transformer, it never breaks class loading: a failure is reported once and the toolkit stays unbound.
 *
 * <p>It sees every class the JVM loads, from {@code premain} on, so until a target class arrives it is a comparison
 * of names: memoria-ui's description ({@link UiToolkit#MEMORIA_UI}) is built when its target class first loads, so a
 * JVM without memoria-ui never builds it.
 */
public final class BindingTransformer implements ClassFileTransformer {

    /** {@link UiToolkit#MEMORIA_UI}'s target class as an internal name, written out (a test checks it is). */
    static final String MEMORIA_UI_TARGET = "dev/memoria/ui/Container";

    private final Instrumentation instrumentation;
    /** The toolkits a rules file describes, bound besides memoria-ui, which wins for its own target class. */
    private final List<UiToolkit> described;
    /** Their target classes, by internal name, computed once: {@link #transform} sees every loaded class. */
    private final String[] targets;

    /** @param described the toolkits a rules file describes ({@code Rules.toolkits()}), besides memoria-ui */
    public BindingTransformer(Instrumentation instrumentation, List<UiToolkit> described) {
        this.instrumentation = instrumentation;
        this.described = List.copyOf(described);
        this.targets = new String[this.described.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = this.described.get(i).internalName();
        }
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classFile) {
        UiToolkit toolkit = className == null ? null : toolkitOf(className);
        return toolkit == null ? null : bind(toolkit, module, loader, classFile);
    }

    /**
     * Whether a class loaded before the agent attached is a toolkit's target class, to be bound by retransforming it.
     */
    public boolean bindsLoaded(Class<?> type) {
        return toolkitOf(type.getName().replace('.', '/')) != null;
    }

    /** The toolkit whose target class this is, or null for every other class: all that most classes cost. */
    private UiToolkit toolkitOf(String internalName) {
        if (MEMORIA_UI_TARGET.equals(internalName)) {
            return UiToolkit.MEMORIA_UI;
        }
        for (int i = 0; i < targets.length; i++) {
            if (targets[i].equals(internalName)) {
                return described.get(i);
            }
        }
        return null;
    }

    private byte[] bind(UiToolkit toolkit, Module module, ClassLoader loader, byte[] classFile) {
        try {
            byte[] woven = ToolkitWeaver.weave(toolkit, classFile);
            readRuntime(module);
            HandleBinding.install(toolkit, loader);
            return woven;
        } catch (Throwable e) {
            Reporter.jvm().once("bind " + toolkit.name(),
                    Messages.cannotBindToolkit(toolkit.name(), toolkit.targetClass(), String.valueOf(e)));
            return null;
        }
    }

    /** The woven toolkit calls the runtime; a named module must be able to read it. */
    private void readRuntime(Module module) {
        Module runtime = Site.class.getModule();
        if (module != null && module.isNamed() && !module.canRead(runtime)) {
            instrumentation.redefineModule(module, Set.of(runtime), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
