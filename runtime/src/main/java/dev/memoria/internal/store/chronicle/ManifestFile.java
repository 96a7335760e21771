package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.site.Manifest;

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
import java.util.HexFormat;

/**
 * The manifest of a code version, beside its entries ({@code manifest.txt}): a line with its tag, then the manifest's
 * text. The tag is an HMAC under the cache directory's secret, bound to the method and the code version of the folder,
 * so a manifest edited, truncated or copied from another folder is ignored. A manifest that cannot be read only
 * costs the explanation of a code change; it never stops the cache.
 */
final class ManifestFile {

    static final String FILE = "manifest.txt";
    /** A woven manifest has at most a few hundred lines; anything much larger was not written by Memoria. */
    private static final int MAX_BYTES = 1 << 20;

    private ManifestFile() {
    }

    /** Writes the manifest of a new version folder, unless the descriptor has none or the file exists. */
    static void write(Path versionDirectory, byte[] secret, String signature, String fingerprint, Manifest manifest)
            throws IOException {
        Path file = versionDirectory.resolve(FILE);
        if (!manifest.isKnown() || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String text = manifest.encode();
        String content = HexFormat.of().formatHex(tag(secret, signature, fingerprint, text)) + '\n' + text;
        Path temporary = Files.createTempFile(versionDirectory, ".manifest-", ".tmp", Files0600.file());
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The manifest of a version folder; {@link Manifest#NONE} when it is missing, damaged or not authentic. */
    static Manifest read(Path versionDirectory, byte[] secret, String signature, String fingerprint) {
        Path file = versionDirectory.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Manifest.NONE; // missing, or a link or device planted in its place
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return Manifest.NONE;
            }
            String content = new String(bytes, StandardCharsets.UTF_8);
            int newline = content.indexOf('\n');
            if (newline < 0) {
                return Manifest.NONE;
            }
            String text = content.substring(newline + 1);
            byte[] claimed = HexFormat.of().parseHex(content.substring(0, newline));
            if (!MessageDigest.isEqual(claimed, tag(secret, signature, fingerprint, text))) {
                return Manifest.NONE;
            }
            return Manifest.decode(text);
        } catch (IOException | IllegalArgumentException damagedOrMissing) {
            return Manifest.NONE;
        }
    }

    private static byte[] tag(byte[] secret, String signature, String fingerprint, String text) {
        return new HmacSha256(secret).field("memoria-manifest").field(signature).field(fingerprint).field(text).tag();
    }
}
