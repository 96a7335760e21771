package dev.memoria.agent;

import dev.memoria.agent.report.Messages;
import dev.memoria.agent.transform.CachingTransformer;
import dev.memoria.agent.ui.BindingTransformer;
import dev.memoria.internal.report.Reporter;

import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.ArrayList;
import java.util.List;

/**
 * After an attach ({@code Memoria.install()}): the classes loaded before the agent that its transformers would have
 * changed, retransformed so that they do. A class of its own, which {@code premain} never loads, nor the exception
 * types its handler names.
 */
final class LoadedClasses {

    private LoadedClasses() {
    }

    /**
     * Retransforms the loaded classes with cached methods, then the toolkits' target classes. The JVM hands the
     * transformers their original bytes again, so fingerprints are computed as at load time.
     */
    static void retransform(Instrumentation instrumentation, CachingTransformer transformer,
                            BindingTransformer bindings) {
        List<Class<?>> candidates = new ArrayList<>();
        List<Class<?>> targets = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (instrumentation.isModifiableClass(type)) {
                if (transformer.rewritesLoaded(type)) {
                    candidates.add(type);
                } else if (bindings.bindsLoaded(type)) {
                    targets.add(type);
                }
            }
        }
        candidates.addAll(targets);
        for (Class<?> type : candidates) {
            try {
                instrumentation.retransformClasses(type);
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                String name = type.getName();
                boolean target = targets.contains(type);
                Reporter.jvm().once((target ? "bind " : "retransform ") + name, target
                        ? Messages.cannotBindToolkitClass(name, String.valueOf(e))
                        : Messages.cannotRewriteLoaded(name, String.valueOf(e)));
            }
        }
    }
}
