package dev.memoria.agent.transform;

/**
 * The names whose presence in a class file's constant pool tells the transformer what it may find there, checked
 * before any parse. Apart from {@link ClassScanner}, so that a class that holds nothing to cache loads no ASM class.
 * The names are written out, not taken from the classes they name ({@code CacheData.class.descriptorString()}): the
 * check is loaded in {@code premain}, where every class loaded costs start-up time, and a JVM whose classes hold
 * nothing to cache never needs those classes (a test checks that the names match them).
 */
final class ClassMarkers {

    /** {@code dev.memoria.CacheData} as a descriptor: the form an annotation's type takes in a class file. */
    static final String CACHE_DATA = "Ldev/memoria/CacheData;";
    /** {@code dev.memoria.CacheResource} as a descriptor. */
    static final String CACHE_RESOURCE = "Ldev/memoria/CacheResource;";
    /**
     * {@code dev.memoria.internal.call.SiteBootstrap}'s internal name: woven methods reach the runtime through it,
     * and no compiler emits a reference to it.
     */
    static final String WOVEN = "dev/memoria/internal/call/SiteBootstrap";

    private static final byte[] CACHE_DATA_UTF8 = ascii(CACHE_DATA);
    private static final byte[] CACHE_RESOURCE_UTF8 = ascii(CACHE_RESOURCE);
    private static final byte[] WOVEN_UTF8 = ascii(WOVEN);

    private ClassMarkers() {
    }

    /** Whether the class file may declare a cached method: whether its constant pool names either annotation. */
    static boolean mayDeclareCachedMethods(byte[] classFile) {
        return ConstantPool.hasUtf8(classFile, CACHE_DATA_UTF8, CACHE_RESOURCE_UTF8);
    }

    /** Whether Memoria already wove the class, at build time. */
    static boolean isWoven(byte[] classFile) {
        return ConstantPool.hasUtf8(classFile, WOVEN_UTF8, WOVEN_UTF8);
    }

    /**
     * The bytes of an ASCII name, as its class file holds them (modified UTF-8 is one byte per ASCII character).
     * Copied by hand: {@code getBytes(StandardCharsets.UTF_8)} would load the JDK's charsets in {@code premain}.
     */
    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }
}
