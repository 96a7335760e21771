package dev.memoria.agent.cli;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.report.Reporter;
import dev.memoria.Persist;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.Manifest;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.chronicle.ChronicleStore;
import dev.memoria.internal.store.chronicle.ChronicleStores;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;

import static dev.memoria.internal.policy.Attributes.PERSIST;

/**
 * A cache directory filled through the runtime's own stores, as an application with {@code persist = DISK} methods
 * fills it. Methods are made up: the stores need only their names and fingerprints.
 */
final class CacheFixture {

    /** The descriptor of a method {@code Object m(int)}. */
    static final String INT_TO_OBJECT = "(I)Ljava/lang/Object;";
    /** Two code versions of a method, created in this order; they differ in their first eight characters. */
    static final String OLD = "aaaaaaaa000000000000000000000001";
    static final String NEW = "bbbbbbbb000000000000000000000002";

    private static final ValueCopier COPIER = ValueCopier.forLoader(CacheFixture.class.getClassLoader());

    private final Path directory;
    private final Clock clock;

    CacheFixture(Path directory) {
        this(directory, new Clock());
    }

    /** @param clock the time its stores stamp entries with */
    CacheFixture(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    Path directory() {
        return directory;
    }

    /** Opens one code version of {@code owner.method}; close it to leave it as a finished process would. */
    ChronicleStore open(String owner, String method, String descriptor, String fingerprint) {
        return open(owner, method, descriptor, fingerprint, Manifest.NONE);
    }

    /** Opens one code version of {@code owner.method} woven with {@code manifest}. */
    ChronicleStore open(String owner, String method, String descriptor, String fingerprint, Manifest manifest) {
        int arity = Type.getArgumentTypes(descriptor).length;
        String displayName = SiteDescriptor.displayName(owner, method, descriptor);
        SiteDescriptor site = new SiteDescriptor(owner, method, descriptor, true, fingerprint,
                Collections.nCopies(arity, "arg"), new boolean[arity], false,
                CacheSpec.builder(CacheSpec.Kind.DATA, displayName).set(PERSIST, Persist.DISK).build())
                .withManifest(manifest);
        try {
            return (ChronicleStore) ChronicleStores.persisted(directory, site, clock, Reporter.jvm());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code example.Reports.load(int)} at one code version, open. */
    ChronicleStore openReports(String fingerprint) {
        return open("example.Reports", "load", INT_TO_OBJECT, fingerprint);
    }

    /** Stores {@code values} under keys 0, 1, ... in one code version of {@code owner.method}, and closes it. */
    CacheFixture store(String owner, String method, String descriptor, String fingerprint, Object... values) {
        ChronicleStore store = open(owner, method, descriptor, fingerprint);
        try {
            for (int i = 0; i < values.length; i++) {
                put(store, i, values[i]);
            }
        } finally {
            store.close();
        }
        return this;
    }

    /** Stores {@code value} in {@code example.Reports.load(int)} at a code version woven with {@code manifest}. */
    CacheFixture storeReports(String fingerprint, Manifest manifest, Object value) {
        ChronicleStore store = openReports(fingerprint, manifest);
        try {
            put(store, 0, value);
        } finally {
            store.close();
        }
        return this;
    }

    private ChronicleStore openReports(String fingerprint, Manifest manifest) {
        return open("example.Reports", "load", INT_TO_OBJECT, fingerprint, manifest);
    }

    /** Stores {@code values} in {@code example.Reports.load(int)} at one code version, and closes it. */
    CacheFixture storeReports(String fingerprint, Object... values) {
        return store("example.Reports", "load", INT_TO_OBJECT, fingerprint, values);
    }

    /** Makes a version unreadable: its index is a folder, which no JVM can open as a file. */
    void breakIndex(String fingerprint) {
        Path index = versionDirectory(fingerprint).resolve("entries.cm");
        try {
            Files.delete(index);
            Files.createDirectory(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a value as the engine would: serialized, large arrays spilled straight into the store, at its time. */
    static void put(ChronicleStore store, int key, Object value) {
        store.put(key(key), COPIER.serialize(value, store.spill())
                .entry(Recording.NONE, store.clock().currentTimeMillis()));
    }

    static Key key(int n) {
        byte[] bytes = new byte[Key.BYTES];
        bytes[0] = (byte) n;
        bytes[1] = (byte) (n >> 8);
        return Key.fromBytes(bytes);
    }

    /** The folder of the code version with this fingerprint, which must exist. */
    Path versionDirectory(String fingerprint) {
        try (Stream<Path> folders = Files.walk(directory)) {
            return folders.filter(folder -> folder.getFileName().toString().equals(fingerprint)).findFirst()
                    .orElseThrow(() -> new AssertionError("no version " + fingerprint + " in " + directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
