package dev.memoria.agent.transform;

import dev.memoria.agent.fingerprint.FingerprintCache;
import dev.memoria.internal.Settings;
import dev.memoria.internal.digest.Sha256;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.chronicle.PrivateFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Woven class files kept beside the fingerprints, so that the next JVM loads the rewritten bytes instead of weaving
 * again: weaving loads ASM's writer and tree (about 45 classes, MethodWriter among them) on the first cached call of
 * every JVM, where reading a file costs what the fingerprints' read already paid for.
 *
 * <p>A stored file is bytecode this JVM will run, so it is read under the same rules as the fingerprints: only from a
 * folder and file of this user that nobody else can write, under the HMAC of the cache directory's secret
 * ({@link PrivateFiles}), and only if it carries the key it was asked for. The key is the SHA-256 of the original
 * class file, of every site descriptor woven in (each with its fingerprint and configuration), and of the agent
 * jar's identity (its path, size and modification time): a rebuilt agent, whose weaver or runtime may have changed,
 * weaves again. An agent not run from a jar never keeps woven files.
 *
 * <p>With {@code -Dmemoria.test.fingerprints=true} each lookup prints whether it was woven or read, for tests.
 */
final class WovenCache {

    private static final String PREFIX = "woven-";
    private static final String MAGIC = "memoria-woven-1";
    private static final int MAX_BYTES = 64 << 20;
    private static final boolean TRACE = Boolean.getBoolean("memoria.test.fingerprints");

    /** The agent jar's identity, or null when the agent does not run from a jar file. */
    private final String agent;

    WovenCache() {
        this.agent = agentJar();
    }

    /** {@link Weaver#weave}, or the bytes a previous JVM of the same agent wove from the same class and sites. */
    byte[] weave(String owner, byte[] classFile, List<SiteDescriptor> sites) {
        if (agent == null) {
            return Weaver.weave(classFile, sites);
        }
        byte[] key = key(classFile, sites);
        String name = PREFIX + HexFormat.of().formatHex(key);
        Path directory = Settings.cacheDirectory();
        byte[] stored = PrivateFiles.read(directory, FingerprintCache.FOLDER, name, MAX_BYTES);
        if (stored != null && stored.length > Sha256.BYTES
            && Arrays.equals(stored, 0, Sha256.BYTES, key, 0, Sha256.BYTES)) {
            trace("read", owner);
            return Arrays.copyOfRange(stored, Sha256.BYTES, stored.length);
        }
        byte[] woven = Weaver.weave(classFile, sites);
        trace("computed", owner);
        byte[] file = Arrays.copyOf(key, Sha256.BYTES + woven.length);
        System.arraycopy(woven, 0, file, Sha256.BYTES, woven.length);
        try {
            PrivateFiles.write(directory, FingerprintCache.FOLDER, name, file);
        } catch (IOException | RuntimeException e) {
            // a cache directory that cannot be written costs the next JVM this weaving again, nothing else
        }
        return woven;
    }

    /** Each part preceded by its length, so that parts that follow each other cannot run together. */
    private byte[] key(byte[] classFile, List<SiteDescriptor> sites) {
        Sha256 digest = new Sha256();
        part(digest, (MAGIC + "\n" + agent).getBytes(StandardCharsets.UTF_8));
        part(digest, classFile);
        for (SiteDescriptor site : sites) {
            part(digest, site.encode().getBytes(StandardCharsets.UTF_8));
        }
        return digest.digest();
    }

    private static void part(Sha256 digest, byte[] bytes) {
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    private static String agentJar() {
        try {
            Path jar = Path.of(WovenCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    ? jar + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis() : null;
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return null; // no code source to tell this agent from another: weave every time
        }
    }

    private static void trace(String how, String owner) {
        if (TRACE) {
            System.err.println("[memoria] woven " + how + ": " + owner);
        }
    }
}
