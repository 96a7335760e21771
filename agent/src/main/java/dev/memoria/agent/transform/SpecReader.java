package dev.memoria.agent.transform;

import dev.memoria.CacheConfigurationException;
import dev.memoria.internal.policy.CacheSpec;
import org.objectweb.asm.Type;

import java.util.List;
import java.util.Set;

/**
 * Turns a cached method's attributes (from its annotation, its rules, or both) into a validated {@link CacheSpec},
 * adding the checks that need the class's member list: that {@code validate} and {@code onRelease} name usable
 * methods.
 */
final class SpecReader {

    /** The return types {@code @CacheResource(offHeap = true)} can hold off-heap. */
    private static final Set<String> BUFFERS = Set.of("java/nio/Buffer", "java/nio/ByteBuffer", "java/nio/CharBuffer",
            "java/nio/ShortBuffer", "java/nio/IntBuffer", "java/nio/LongBuffer", "java/nio/FloatBuffer",
            "java/nio/DoubleBuffer");

    private SpecReader() {
    }

    /** @throws CacheConfigurationException naming the method, the attribute and the fix */
    static CacheSpec read(CachedMethod method, String displayName, List<ClassScanner.Member> members) {
        if (method.kinds().size() > 1) {
            throw new CacheConfigurationException(displayName, "it is annotated with both @CacheData and"
                    + " @CacheResource. Keep @CacheData for plain data that callers may change, @CacheResource"
                    + " for one shared object.");
        }
        if (!method.hasBody()) {
            throw new CacheConfigurationException(displayName, "it is abstract or native, so there is no body to"
                    + " cache. Annotate the implementing method instead.");
        }
        CacheSpec.Kind kind = method.kinds().get(0);
        CacheSpec built = CacheSpec.builder(kind, displayName).setAll(method.attributes()).build();
        if (kind == CacheSpec.Kind.RESOURCE && built.offHeap() && !BUFFERS.contains(
                Type.getReturnType(method.descriptor()).getInternalName())) {
            throw new CacheConfigurationException(displayName, "offHeap = true on @CacheResource keeps a java.nio"
                    + " buffer off the heap and hands out read-only views of it, but this method returns "
                    + Type.getReturnType(method.descriptor()).getClassName() + ". Return a ByteBuffer (or another"
                    + " java.nio buffer), or use @CacheData(offHeap = true) to keep copies of plain data off-heap.");
        }
        requireCallback(method, displayName, members, "validate", built.validate(), Type.BOOLEAN_TYPE);
        requireCallback(method, displayName, members, "onRelease", built.onRelease(), null);
        return built;
    }

    /** A callback must take one parameter (the cached value); validate must return boolean. */
    private static void requireCallback(CachedMethod method, String displayName, List<ClassScanner.Member> members,
                                        String attribute, String name, Type requiredReturn) {
        if (name.isEmpty()) {
            return;
        }
        String valueType = Type.getReturnType(method.descriptor()).getClassName();
        String expected = (requiredReturn == null ? "void" : requiredReturn.getClassName()) + " " + name + "("
                          + valueType + " value)";
        for (ClassScanner.Member member : members) {
            if (!member.name().equals(name) || Type.getArgumentTypes(member.descriptor()).length != 1
                || requiredReturn != null && !Type.getReturnType(member.descriptor()).equals(requiredReturn)) {
                continue;
            }
            if (!member.isStatic() && method.isStatic()) {
                throw new CacheConfigurationException(displayName, attribute + " = \"" + name + "\" is an"
                        + " instance method, but " + method.name() + " is static, so there is no receiver to call"
                        + " it on. Make " + name + " static.");
            }
            return;
        }
        throw new CacheConfigurationException(displayName, attribute + " = \"" + name + "\" names no method "
                + expected + " in this class. Declare one, or fix the name.");
    }
}
