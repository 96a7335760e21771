package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.Manifest;
import dev.memoria.internal.time.Clock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;

/** One code version of a persisted method in a cache directory. */
public final class StoredVersion {

    private final Path directory;
    private final Properties info;
    private final Reporter reporter;

    StoredVersion(Path directory, Properties info, Reporter reporter) {
        this.directory = directory;
        this.info = info;
        this.reporter = reporter;
    }

    public Path directory() {
        return directory;
    }

    /** The method as people read it. */
    public String method() {
        return info.getProperty("method", "?");
    }

    /** Owner, name and descriptor: the same for every code version of the method. */
    public String signature() {
        return info.getProperty("signature", "?");
    }

    public String fingerprint() {
        return info.getProperty("fingerprint", directory.getFileName().toString());
    }

    /** The configuration the version was stored with. */
    public String configuration() {
        return info.getProperty("configuration", "?");
    }

    /** When the version was first stored; the epoch when its description is unreadable. */
    public Instant created() {
        try {
            return Instant.parse(info.getProperty("created", ""));
        } catch (DateTimeParseException damaged) {
            return Instant.EPOCH;
        }
    }

    /**
     * What the version was fingerprinted from; {@link Manifest#NONE} when its folder has no manifest, or one that is
     * damaged or does not authenticate for this folder.
     */
    public Manifest manifest() {
        try {
            Path root = directory.getParent().getParent().getParent();
            return ManifestFile.read(directory, CacheSecret.of(root), signature(), directory.getFileName().toString());
        } catch (IOException | RuntimeException unreadable) {
            return Manifest.NONE;
        }
    }

    /** Whether this JVM, or another, has the version open. */
    public boolean inUse() throws IOException {
        return PersistedIndex.isOpenHere(directory) || PersistedIndex.inUseElsewhere(directory, () -> { });
    }

    /** What the version holds. */
    public record Contents(long entries, long bytes, Instant oldest, Instant newest) {
    }

    public Contents contents() throws IOException {
        return withStore(store -> {
            long[] range = store.writtenRange();
            return new Contents(store.entries(), store.bytes(),
                    range == null ? null : Instant.ofEpochMilli(range[0]),
                    range == null ? null : Instant.ofEpochMilli(range[1]));
        });
    }

    /** Checks every entry against its checksums, dropping the failures when {@code repair}. */
    public ChronicleStore.Verification verify(boolean repair) throws IOException {
        return withStore(store -> store.verify(repair));
    }

    /** How many entries were written before {@code cutoff}: what {@link #removeWrittenBefore} would drop. */
    public long countWrittenBefore(Instant cutoff) throws IOException {
        return withStore(store -> store.countWrittenBefore(cutoff.toEpochMilli()));
    }

    /** Drops the entries written before {@code cutoff}; returns how many. */
    public long removeWrittenBefore(Instant cutoff) throws IOException {
        return withStore(store -> store.removeWrittenBefore(cutoff.toEpochMilli()));
    }

    /**
     * Whether the version holds a live entry for {@code key}; {@code false} while this JVM has it open (its own
     * cache answers then).
     */
    public boolean holds(Key key) throws IOException {
        return !PersistedIndex.isOpenHere(directory) && withStore(store -> store.get(key) != null);
    }

    /** Drops the entry of one key. */
    public void remove(Key key) throws IOException {
        withStore(store -> {
            store.remove(key);
            return null;
        });
    }

    /**
     * Deletes the version's folder unless a JVM has it open. The check and the deletion happen under the open
     * protocol's gate, so no JVM can open the version in between.
     *
     * @return whether the folder was deleted; {@code false} leaves a version in use untouched
     */
    public boolean deleteIfUnused() throws IOException {
        return !PersistedIndex.isOpenHere(directory)
               && !PersistedIndex.inUseElsewhere(directory, () -> Folders.deleteRecursively(directory));
    }

    /**
     * Discards the version: deletes its folder when no JVM has it open, or else empties it (the JVMs using it keep
     * working, with no entries).
     *
     * @return {@code true} when the folder was deleted, {@code false} when it was emptied
     */
    public boolean discard() throws IOException {
        if (deleteIfUnused()) {
            return true;
        }
        withStore(store -> {
            store.clear();
            return null;
        });
        return false;
    }

    private <T> T withStore(StoreWork<T> work) throws IOException {
        List<String> missing = ChronicleEnvironment.missingAccess();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(Messages.readWithoutAccess(String.join(", ", missing),
                    ChronicleEnvironment.JVM_FLAGS));
        }
        BlobFiles blobs = new BlobFiles(directory.resolve(CacheLayout.BLOBS));
        EntryAuthenticator authenticator = authenticator();
        // without a ttl the store never reads its clock
        ChronicleStore store = new ChronicleStore(PersistedIndex.open(directory, 0, blobs, method(), reporter), blobs,
                authenticator, CacheSpec.builder(CacheSpec.Kind.DATA, method()).build(), method(), new Clock(),
                reporter);
        try {
            return work.apply(store);
        } finally {
            store.close();
        }
    }

    /**
     * What this version's entries must authenticate as: the method its folder was made for and the code version its
     * folder is named after. Both come from the layout, not from {@code version.properties} alone, so entries moved
     * here together with another version's description still fail.
     */
    private EntryAuthenticator authenticator() throws IOException {
        Path methodDirectory = directory.getParent();
        Path root = methodDirectory.getParent().getParent();
        for (Path folder : List.of(root, methodDirectory.getParent(), methodDirectory, directory)) {
            DirectoryTrust.requireOwnDirectory(folder);
        }
        if (!CacheLayout.methodDirectory(root, signature()).equals(methodDirectory)) {
            throw new IOException(Messages.versionOfAnotherMethod(directory.resolve(CacheLayout.VERSION_FILE).toString(),
                    signature()));
        }
        return new EntryAuthenticator(CacheSecret.of(root), signature(), directory.getFileName().toString());
    }

    /** Work on an opened store. */
    @FunctionalInterface
    private interface StoreWork<T> {
        T apply(ChronicleStore store) throws IOException;
    }
}
