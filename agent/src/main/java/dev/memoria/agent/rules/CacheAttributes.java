package dev.memoria.agent.rules;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.HiddenInputs;
import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import dev.memoria.internal.policy.CacheSpec;
import org.objectweb.asm.Type;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attributes of {@code @CacheData} and {@code @CacheResource}, read from the annotation types themselves, so a
 * rules file offers exactly what the annotations offer. Annotations (as ASM reports them) and rules both describe a
 * method's configuration as one map of the same shape: strings, boxed {@code int} and {@code boolean}, enum constant
 * names, lists of ASM {@link Type}s for class arrays, and lists of strings for string arrays. {@link #builder} turns such a map into a {@link CacheSpec},
 * whose builder validates both the same way.
 */
public final class CacheAttributes {

    private static final Map<CacheSpec.Kind, SortedMap<String, Class<?>>> TYPES = Map.of(
            CacheSpec.Kind.DATA, typesOf(CacheData.class),
            CacheSpec.Kind.RESOURCE, typesOf(CacheResource.class));

    private CacheAttributes() {
    }

    /**
     * A spec builder holding the attributes given; those missing keep the annotation's default.
     *
     * @param kind       which annotation's semantics apply
     * @param method     the method (or pattern) named in errors
     * @param attributes attribute values, shaped as described above
     */
    public static CacheSpec.Builder builder(CacheSpec.Kind kind, String method, Map<String, Object> attributes) {
        CacheSpec.Builder spec = CacheSpec.builder(kind, method)
                .ttl((String) attributes.getOrDefault("ttl", ""))
                .maxEntries((Integer) attributes.getOrDefault("maxEntries", -1))
                .maxSize((String) attributes.getOrDefault("maxSize", ""))
                .persist(Persist.valueOf((String) attributes.getOrDefault("persist", Persist.NONE.name())))
                .offHeap((Boolean) attributes.getOrDefault("offHeap", false))
                .showSpinner((Boolean) attributes.getOrDefault("showSpinner", true))
                .spinnerText((String) attributes.getOrDefault("spinnerText", ""))
                .scope(Scope.valueOf((String) attributes.getOrDefault("scope", Scope.GLOBAL.name())))
                .allowWidgets((Boolean) attributes.getOrDefault("allowWidgets", false))
                .validate((String) attributes.getOrDefault("validate", ""))
                .onRelease((String) attributes.getOrDefault("onRelease", ""))
                .refresh(Refresh.valueOf((String) attributes.getOrDefault("refresh", Refresh.FOREGROUND.name())))
                .maxStale((String) attributes.getOrDefault("maxStale", ""))
                .showTime((Boolean) attributes.getOrDefault("showTime", false))
                .hiddenInputs(HiddenInputs.valueOf(
                        (String) attributes.getOrDefault("hiddenInputs", HiddenInputs.REPORT.name())));
        for (Object input : (List<?>) attributes.getOrDefault("inputs", List.of())) {
            spec.input((String) input);
        }
        for (Object hasher : (List<?>) attributes.getOrDefault("hashers", List.of())) {
            spec.hasher(((Type) hasher).getClassName());
        }
        return spec;
    }

    /** The attribute names of one kind, in alphabetical order. */
    static Set<String> names(CacheSpec.Kind kind) {
        return TYPES.get(kind).keySet();
    }

    /** An attribute's type as its annotation declares it ({@code String}, {@code int}, an enum, ...), or null. */
    static Class<?> type(CacheSpec.Kind kind, String name) {
        return TYPES.get(kind).get(name);
    }

    private static SortedMap<String, Class<?>> typesOf(Class<? extends Annotation> annotation) {
        SortedMap<String, Class<?>> types = new TreeMap<>();
        for (Method attribute : annotation.getDeclaredMethods()) {
            types.put(attribute.getName(), attribute.getReturnType());
        }
        return Collections.unmodifiableSortedMap(types);
    }
}
