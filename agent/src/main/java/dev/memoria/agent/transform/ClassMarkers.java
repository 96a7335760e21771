package dev.memoria.agent.transform;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.internal.call.SiteBootstrap;

import java.nio.charset.StandardCharsets;

/**
 * The names whose presence in a class file's constant pool tells the transformer what it may find there, checked
 * before any parse. Apart from {@link ClassScanner}, so that a class that holds nothing to cache loads no ASM class.
 */
final class ClassMarkers {

    private static final byte[] CACHE_DATA = utf8(CacheData.class.descriptorString());
    private static final byte[] CACHE_RESOURCE = utf8(CacheResource.class.descriptorString());
    /** Woven methods reach the runtime through {@link SiteBootstrap}, which no compiler emits a reference to. */
    private static final byte[] WOVEN = utf8(SiteBootstrap.class.getName().replace('.', '/'));

    private ClassMarkers() {
    }

    /** Whether the class file may declare a cached method: whether its constant pool names either annotation. */
    static boolean mayDeclareCachedMethods(byte[] classFile) {
        return ConstantPool.hasUtf8(classFile, CACHE_DATA, CACHE_RESOURCE);
    }

    /** Whether Memoria already wove the class, at build time. */
    static boolean isWoven(byte[] classFile) {
        return ConstantPool.hasUtf8(classFile, WOVEN, WOVEN);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
