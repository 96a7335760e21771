package dev.memoria.agent.transform;

import dev.memoria.CacheConfigurationException;
import dev.memoria.HiddenInputs;
import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.fingerprint.ClassAnalysis;
import dev.memoria.agent.fingerprint.FingerprintCache;
import dev.memoria.agent.fingerprint.Fingerprinter;
import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.CacheRule;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the cached methods of one class file: finds them (by annotation, or by a rule of a rules file), validates
 * their configuration, fingerprints the original bytecode (so the rewrite never affects the fingerprint), and weaves
 * the call path in. The agent runs it when a class loads; the build plugin runs it over {@code target/classes}.
 * Methods with an invalid configuration are left alone and returned as problems for the caller to report.
 */
public final class Instrumenter {

    /** Classes older than Java 7 cannot hold the {@code invokedynamic} the call path uses. */
    private static final int MIN_VERSION = Opcodes.V1_7;

    private final Rules rules;
    /** Where fingerprints are kept between JVMs; null to compute them every time (the build plugin). */
    private final FingerprintCache fingerprintCache;
    /** Where woven class files are kept between JVMs, beside the fingerprints; null to weave every time. */
    private final WovenCache wovenCache;

    /** Caches annotated methods only. */
    public Instrumenter() {
        this(Rules.none());
    }

    /** Caches annotated methods and those the rules match; see {@link Rules}. */
    public Instrumenter(Rules rules) {
        this(rules, null);
    }

    /**
     * Caches annotated methods and those the rules match, and reads fingerprints and woven classes a previous JVM
     * kept beside {@code fingerprintCache} (null for none) instead of computing them again.
     */
    public Instrumenter(Rules rules, FingerprintCache fingerprintCache) {
        this.rules = rules;
        this.fingerprintCache = fingerprintCache;
        this.wovenCache = fingerprintCache == null ? null : new WovenCache();
    }

    /**
     * The outcome for one class.
     *
     * @param hiddenInputs one report per cached method that reads inputs its key cannot see (see
     *                     {@link HiddenInputReport}); a warning, the method is cached all the same
     */
    public record Result(byte[] classFile, List<SiteDescriptor> sites, List<CacheConfigurationException> problems,
                         List<String> hiddenInputs) {

        /** The outcome for a class left unchanged. */
        public static Result unchanged(List<CacheConfigurationException> problems) {
            return new Result(null, List.of(), problems, List.of());
        }

        /** Whether the class was rewritten ({@link #classFile()} holds the new bytes). */
        public boolean rewritten() {
            return classFile != null;
        }
    }

    /**
     * The configuration of one method that passed validation, its parameter names, and what caches it: the origins
     * of its rules and whether it is annotated, so that the runtime's messages can point at the right place.
     */
    private record Configured(CachedMethod method, CacheSpec spec, List<String> parameterNames, List<String> rules,
                              boolean annotated, String displayName) {
    }

    /**
     * Whether a class may have methods to cache: a cheap check to run before {@link #instrument}, on every class
     * loaded. It looks for the annotations' names in the class file and matches the class name against the rules.
     *
     * @param internalName the class's internal name, e.g. {@code com/acme/Reports}
     * @param classFile    the class file
     */
    public boolean mayInstrument(String internalName, byte[] classFile) {
        return ClassMarkers.mayDeclareCachedMethods(classFile) || rules.matchesClass(internalName);
    }

    /**
     * Whether the class was woven at build time. {@link #instrument} leaves such a class unchanged (weaving it again
     * would cache each call twice); the build plugin finds its original bytes instead.
     */
    public static boolean isWoven(byte[] classFile) {
        return ClassMarkers.isWoven(classFile);
    }

    /**
     * @param classFile the original class file
     * @param classes   the classes it can see: for fingerprinting the project code it calls
     * @param loaded    the class when it is already loaded (retransformation), else {@code null}: the JVM may
     *                  drop {@code MethodParameters} from the bytes it hands back, but reflection still has them
     */
    public Result instrument(byte[] classFile, ClassSource classes, Class<?> loaded) {
        if (isWoven(classFile)) {
            return Result.unchanged(List.of());
        }
        ClassScanner.Scanned scanned = ClassScanner.scan(classFile, rules);
        String owner = scanned.internalName().replace('/', '.');
        List<Configured> valid = new ArrayList<>();
        List<CacheConfigurationException> problems = new ArrayList<>();
        for (CachedMethod found : scanned.cached()) {
            String displayName = RuleOverlay.describe(found,
                    SiteDescriptor.displayName(owner, found.name(), found.descriptor()));
            List<String> names = parameterNames(found, loaded);
            try {
                if (scanned.version() < MIN_VERSION) {
                    throw new CacheConfigurationException(displayName, Messages.classFileTooOld());
                }
                CachedMethod method = RuleOverlay.apply(found, names, displayName);
                List<String> origins = new ArrayList<>();
                for (CacheRule rule : found.rules()) {
                    origins.add(rule.origin());
                }
                valid.add(new Configured(method, SpecReader.read(method, displayName, scanned.members()), names,
                        List.copyOf(origins), !found.kinds().isEmpty(), displayName));
            } catch (CacheConfigurationException e) {
                problems.add(e);
            }
        }
        if (valid.isEmpty()) {
            return Result.unchanged(problems);
        }
        // loops, not streams, on this path: it runs on the first cached call, where each lambda spins a class
        List<String> keys = new ArrayList<>();
        for (Configured configured : valid) {
            keys.add(configured.method().key());
        }
        ClassAnalysis analysis = fingerprintCache == null
                ? ClassAnalysis.of(new Fingerprinter(classes), scanned.internalName(), classFile, keys)
                : fingerprintCache.analysis(scanned.internalName(), classFile, keys, classes);
        List<SiteDescriptor> sites = new ArrayList<>();
        List<String> hiddenInputs = new ArrayList<>();
        for (Configured configured : valid) {
            CachedMethod method = configured.method();
            if (configured.spec().hiddenInputs() == HiddenInputs.REPORT) {
                String report = HiddenInputReport.of(configured.displayName(),
                        analysis.hiddenReads().get(method.key()), configured.spec().inputs());
                if (report != null) {
                    hiddenInputs.add(report);
                }
            }
            sites.add(new SiteDescriptor(owner, method.name(), method.descriptor(), method.isStatic(),
                    analysis.fingerprints().get(method.key()), configured.parameterNames(), method.unhashed(),
                    method.receiverUnhashed(), configured.spec())
                    .withRules(configured.rules(), configured.annotated())
                    .withManifest(analysis.manifests().get(method.key())));
        }
        byte[] woven = wovenCache == null ? Weaver.weave(classFile, sites)
                : wovenCache.weave(scanned.internalName(), classFile, sites);
        return new Result(woven, sites, problems, hiddenInputs);
    }

    private static List<String> parameterNames(CachedMethod method, Class<?> loaded) {
        if (method.namesDeclared() || loaded == null) {
            return method.parameterNames();
        }
        for (Method candidate : loaded.getDeclaredMethods()) {
            if (candidate.getName().equals(method.name())
                && Type.getMethodDescriptor(candidate).equals(method.descriptor())
                && candidate.getParameters().length > 0 && candidate.getParameters()[0].isNamePresent()) {
                List<String> names = new ArrayList<>();
                for (Parameter parameter : candidate.getParameters()) {
                    names.add(parameter.getName());
                }
                return List.copyOf(names);
            }
        }
        return method.parameterNames();
    }
}
