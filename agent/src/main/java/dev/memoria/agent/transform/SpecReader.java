package dev.memoria.agent.transform;

import dev.memoria.CacheConfigurationException;
import dev.memoria.agent.report.Messages;
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
            throw new CacheConfigurationException(displayName, Messages.bothAnnotations());
        }
        if (!method.hasBody()) {
            throw new CacheConfigurationException(displayName, Messages.noBodyToCache());
        }
        CacheSpec.Kind kind = method.kinds().get(0);
        CacheSpec built = CacheSpec.builder(kind, displayName).setAll(method.attributes()).build();
        if (kind == CacheSpec.Kind.RESOURCE && built.offHeap() && !BUFFERS.contains(
                Type.getReturnType(method.descriptor()).getInternalName())) {
            throw new CacheConfigurationException(displayName,
                    Messages.offHeapResourceNotABuffer(Type.getReturnType(method.descriptor()).getClassName()));
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
                throw new CacheConfigurationException(displayName, Messages.callbackOnInstance(attribute, name,
                        method.name()));
            }
            return;
        }
        throw new CacheConfigurationException(displayName, Messages.noSuchCallback(attribute, name, expected));
    }
}
