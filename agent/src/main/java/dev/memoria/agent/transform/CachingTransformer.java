package dev.memoria.agent.transform;

import dev.memoria.agent.report.Messages;
import dev.memoria.CacheConfigurationException;
import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.fingerprint.FingerprintCache;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.call.Engine;
import dev.memoria.internal.call.Site;
import dev.memoria.internal.report.Reporter;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;

/**
 * The agent's class file transformer. It must never break class loading: anything it cannot handle is reported once
 * and the class loads unchanged, with its cached methods running uncached.
 */
public final class CachingTransformer implements ClassFileTransformer {

    private final Instrumentation instrumentation;
    private final Rules rules;
    /**
     * Built for the first class that passes {@link #mayRewrite}, not in {@code premain}: with the fingerprint and
     * woven-class caches it loads a dozen classes that a JVM whose classes hold nothing to cache never needs. Guarded
     * by {@code this}, taken only by classes that passed the check.
     */
    private Instrumenter instrumenter;

    /** @param rules the rules file's rules, applied besides the annotations; {@link Rules#none()} for none */
    public CachingTransformer(Instrumentation instrumentation, Rules rules) {
        this.instrumentation = instrumentation;
        this.rules = rules;
        loadTheFirstChecks();
    }

    /**
     * Loads the classes of {@link #transform}'s first checks, which turn away almost every class, before the
     * transformer is registered. The JVM calls it for every class it defines, sometimes while it holds a lock of its
     * own: loading the main class of {@code java -jar app.jar}, the main thread defines JDK classes (a jar verifier)
     * while it holds that jar file. A class the checks still had to load could be held, mid-load, by another thread
     * (an application thread's first cached call, say) that is looking for it in that very jar: each would wait for
     * the other forever.
     */
    private void loadTheFirstChecks() {
        String probe = "dev/memoria/agent/transform/Probe";
        Ignores.ignored(CachingTransformer.class.getClassLoader(), probe);
        mayRewrite(probe, new byte[0]); // the rules' class index, the library packages, the constant pool walk
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classFile) {
        if (className == null || Ignores.ignored(loader, className) || !mayRewrite(className, classFile)) {
            return null;
        }
        try {
            Instrumenter.Result result = instrumenter().instrument(classFile,
                    ClassSource.forClassLoader(loader, className), classBeingRedefined);
            for (CacheConfigurationException problem : result.problems()) {
                Reporter.jvm().once(problem.getMessage(), Messages.runsUncached(problem.getMessage()));
            }
            for (String hiddenInputs : result.hiddenInputs()) {
                Reporter.jvm().once(hiddenInputs, hiddenInputs);
            }
            if (!result.rewritten()) {
                return null;
            }
            readRuntime(module);
            Engine.jvm().declarations().declare(loader, className.replace('/', '.'), result.sites());
            return result.classFile();
        } catch (Throwable e) {
            Reporter.jvm().once("transform " + className,
                    Messages.cannotInstrument(className.replace('/', '.'), String.valueOf(e)));
            return null;
        }
    }

    /**
     * The check every class the JVM loads goes through, and all that a class with nothing to cache costs: its name
     * against the rules' class patterns, then, unless it belongs to the JDK or a well-known library, its constant
     * pool for the annotations. No parse, no lock, no allocation.
     */
    private boolean mayRewrite(String className, byte[] classFile) {
        return rules.matchesClass(className)
               || !LibraryPackages.contains(className) && ClassMarkers.mayDeclareCachedMethods(classFile);
    }

    private synchronized Instrumenter instrumenter() {
        if (instrumenter == null) {
            instrumenter = new Instrumenter(rules, new FingerprintCache());
        }
        return instrumenter;
    }

    /**
     * Whether a class loaded before the agent attached ({@code Memoria.install()}) has cached methods to rewrite:
     * annotated ones, or those of a class a rule names. Retransformed, it reaches {@link #transform} with its original
     * bytes again, so fingerprints are computed as at load time.
     */
    public boolean rewritesLoaded(Class<?> type) {
        String internalName = type.getName().replace('.', '/');
        return !type.isHidden() && !Ignores.ignored(type.getClassLoader(), internalName)
               && (rules.matchesClass(internalName) || declaresCachedMethod(type));
    }

    private static boolean declaresCachedMethod(Class<?> type) {
        try {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(CacheData.class) || method.isAnnotationPresent(CacheResource.class)) {
                    return true;
                }
            }
        } catch (LinkageError e) {
            // a class whose methods mention missing types cannot hold a usable cached method
        }
        return false;
    }

    /** Woven code calls the runtime; a named module must be able to read it (Mockito does the same). */
    private void readRuntime(Module module) {
        Module runtime = Site.class.getModule();
        if (module != null && module.isNamed() && !module.canRead(runtime)) {
            instrumentation.redefineModule(module, Set.of(runtime), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
