package dev.memoria.internal.store.chronicle;

import dev.memoria.Persist;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Serialized;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.memoria.internal.policy.Attributes.PERSIST;

/**
 * Stores of one made-up persisted method in a temporary cache directory, and values to put in them. Its stores follow
 * a clock of the fixture's own ({@link #advance}) and report to the JVM's reporter, as the JVM's engine's stores do.
 */
final class StoreFixture {

    static final ValueCopier COPIER = ValueCopier.forLoader(StoreFixture.class.getClassLoader());

    private final Path cacheDirectory;
    private final CacheSpec spec;
    private final String fingerprint;
    private final String method;
    private final AtomicLong now = new AtomicLong();
    private final Clock clock = Clock.following(now::get);

    StoreFixture(Path cacheDirectory, UnaryOperator<CacheSpec.Builder> configuration) {
        this(cacheDirectory, configuration, "0123456789abcdef0123456789abcdef");
    }

    /** @param fingerprint the code version of the made-up method */
    StoreFixture(Path cacheDirectory, UnaryOperator<CacheSpec.Builder> configuration, String fingerprint) {
        this(cacheDirectory, configuration, fingerprint, "load");
    }

    /** @param method the name of the made-up method of {@code example.Reports} */
    StoreFixture(Path cacheDirectory, UnaryOperator<CacheSpec.Builder> configuration, String fingerprint,
                 String method) {
        this.cacheDirectory = cacheDirectory;
        this.spec = configuration.apply(CacheSpec.builder(CacheSpec.Kind.DATA, "example.Reports." + method + "(int)")
                .set(PERSIST, Persist.DISK)).build();
        this.fingerprint = fingerprint;
        this.method = method;
    }

    SiteDescriptor descriptor() {
        return new SiteDescriptor("example.Reports", method, "(I)Ljava/lang/Object;", true, fingerprint,
                List.of("year"), new boolean[1], false, spec);
    }

    /** Opens the store; a second open after {@link ChronicleStore#close()} is a restart as far as the store goes. */
    ChronicleStore open() throws IOException {
        return (ChronicleStore) ChronicleStores.persisted(cacheDirectory, descriptor(), clock, Reporter.jvm());
    }

    /** Opens (or joins) the index of the method's version, as its store does. */
    PersistedIndex index() throws IOException {
        return PersistedIndex.open(versionDirectory(), 0, new BlobFiles(versionDirectory().resolve(CacheLayout.BLOBS)),
                "example.Reports." + method + "(int)", Reporter.jvm());
    }

    /** The time of this fixture's stores, starting at the real time. */
    Clock clock() {
        return clock;
    }

    /** Moves the time of this fixture's stores forward. */
    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    Path versionDirectory() {
        return CacheLayout.methodDirectory(cacheDirectory, descriptor().signature()).resolve(descriptor().fingerprint());
    }

    /** The blob files of this fixture's method version, in name order. */
    List<Path> blobs() throws IOException {
        try (Stream<Path> files = Files.list(versionDirectory().resolve(CacheLayout.BLOBS))) {
            return files.sorted().toList();
        }
    }

    /** A value stored in a blob: two leaves and a part of a third, so its tag goes through leaf digests. */
    static double[] large() {
        double[] values = new double[(2 * PayloadTag.LEAF_BYTES + 4096) / Double.BYTES];
        Arrays.setAll(values, i -> i * 0.5);
        return values;
    }

    static Key key(int n) {
        byte[] bytes = new byte[Key.BYTES];
        bytes[0] = (byte) n;
        bytes[1] = (byte) (n >> 8);
        return Key.fromBytes(bytes);
    }

    /**
     * Puts {@code value} serialized as the engine would: large arrays spilled straight into the store, written at the
     * store's time.
     */
    static void put(ChronicleStore store, Key key, Object value) {
        store.put(key, COPIER.serialize(value, store.spill()).entry(Recording.NONE, store.clock().currentTimeMillis()));
    }

    /** The value stored under {@code key}, deserialized as a hit of a method returning {@code Object} would, or null. */
    static Object get(ChronicleStore store, Key key) {
        return get(store, key, Object.class);
    }

    /** The value stored under {@code key}, deserialized as a hit of a method returning {@code declared} would, or null. */
    static Object get(ChronicleStore store, Key key, Type declared) {
        Serialized stored = (Serialized) store.get(key);
        return stored == null ? null : COPIER.readBack(declared).deserialize(stored);
    }
}
