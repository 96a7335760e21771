package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.site.SiteDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Where persisted entries live in the cache directory:
 * <pre>
 *   &lt;cache directory&gt;/functions/&lt;Class.method&gt;-&lt;signature hash&gt;/   one folder per method signature
 *       &lt;fingerprint&gt;/                                            one per code version of the method
 *           version.properties   the method, its fingerprint and configuration, for people and the CLI
 *           entries.cm           the index: Chronicle Map of 32-byte argument keys to entry records
 *           entries.lock         the open/recover protocol's lock file
 *           entries.dirty        present while a JVM has the index open (absent after clean shutdown)
 *           blobs/               payloads over 64 KiB, one file per entry
 *   &lt;cache directory&gt;/secret.key                                  the key of every entry's tag
 * </pre>
 * Code versions of one method sit side by side, so old ones are easy to list and prune.
 */
public final class CacheLayout {

    static final String FUNCTIONS = "functions";
    static final String VERSION_FILE = "version.properties";
    static final String BLOBS = "blobs";

    private CacheLayout() {
    }

    /**
     * The folder of all code versions of a method.
     *
     * @param signature the method's {@link SiteDescriptor#signature()}: owner, name and descriptor
     */
    static Path methodDirectory(Path cacheDirectory, String signature) {
        String qualifiedName = signature.substring(0, signature.indexOf('('));
        String owner = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        String name = owner.substring(owner.lastIndexOf('.') + 1) + qualifiedName.substring(owner.length());
        return cacheDirectory.resolve(FUNCTIONS).resolve(name + "-" + shortHash(signature));
    }

    /**
     * The folder of one code version, created {@code 0700} with its {@code version.properties}. Every folder from the
     * cache directory down to it, and its {@code blobs} folder, must pass {@link DirectoryTrust}: checked after
     * creating what was missing, so a link planted in the meantime is refused all the same.
     */
    static Path versionDirectory(Path cacheDirectory, SiteDescriptor descriptor) throws IOException {
        Path root = cacheDirectory.toAbsolutePath();
        Path method = methodDirectory(root, descriptor.signature());
        Path directory = Files0600.directory(method.resolve(descriptor.fingerprint()));
        for (Path folder : List.of(root, root.resolve(FUNCTIONS), method, directory, directory.resolve(BLOBS))) {
            DirectoryTrust.requireOwnDirectory(folder);
        }
        Path properties = directory.resolve(VERSION_FILE);
        if (!Files.exists(properties, LinkOption.NOFOLLOW_LINKS)) {
            writeVersion(properties, descriptor);
        }
        return directory;
    }

    /** Reads a {@code version.properties}. */
    public static Properties readVersion(Path versionDirectory) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(versionDirectory.resolve(VERSION_FILE),
                StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            properties.load(in);
        }
        return properties;
    }

    private static void writeVersion(Path properties, SiteDescriptor descriptor) throws IOException {
        Properties version = new Properties();
        version.setProperty("method", descriptor.displayName());
        version.setProperty("signature", descriptor.signature());
        version.setProperty("fingerprint", descriptor.fingerprint());
        version.setProperty("configuration", descriptor.spec().toString());
        version.setProperty("created", java.time.Instant.now().toString());
        Path temporary = Files.createTempFile(properties.getParent(), ".version-", ".tmp", Files0600.file());
        try (OutputStream out = Files.newOutputStream(temporary)) {
            version.store(out, "Memoria cache: one code version of a cached method");
        }
        Files.move(temporary, properties, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
