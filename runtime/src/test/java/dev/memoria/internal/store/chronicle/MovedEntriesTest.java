package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Reporter;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, item 1: an entry is bound to the method, code version and key it was stored for. Moving a record, or a
 * whole index, to another place is what someone with write access to the directory (or a careless copy) does: the
 * moved record must never be served, and verify must call it damaged.
 */
class MovedEntriesTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    private static final String VERSION_1 = "0123456789abcdef0123456789abcdef";
    private static final String VERSION_2 = "fedcba9876543210fedcba9876543210";

    @TempDir
    Path cache;

    @Test
    void anIndexCopiedOverAnotherMethodsIsNotServedAndNamesTheMethod() throws IOException {
        StoreFixture lower = new StoreFixture(cache, spec -> spec, VERSION_1, "lower");
        StoreFixture upper = new StoreFixture(cache, spec -> spec, VERSION_1, "upper");
        fill(lower, "abc", "x".repeat(IndexMap.INLINE_LIMIT + 1));
        fill(upper, "ABC", "X".repeat(IndexMap.INLINE_LIMIT + 1));
        copyIndex(upper, lower);

        ChronicleStore store = lower.open();
        assertThat(get(store, key(1))).as("inline").isNull();
        assertThat(get(store, key(2))).as("in a blob").isNull();
        assertThat(store.entries()).as("dropped").isZero();
        put(store, key(1), "abc");
        assertThat(get(store, key(1))).as("recomputed and stored again").isEqualTo("abc");
        store.close();
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains("A stored entry of example.Reports.lower(int)"
                + " was dropped because it fails its authentication"));
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.lower(int) was dropped because it fails its"
                        + " authentication");
    }

    @Test
    void anIndexCopiedFromAnotherCodeVersionIsNotServed() throws IOException {
        StoreFixture before = new StoreFixture(cache, spec -> spec, VERSION_1);
        StoreFixture after = new StoreFixture(cache, spec -> spec, VERSION_2);
        fill(before, "old code's", "o".repeat(IndexMap.INLINE_LIMIT + 1));
        fill(after, "new code's", "n".repeat(IndexMap.INLINE_LIMIT + 1));
        copyIndex(before, after);

        ChronicleStore store = after.open();
        assertThat(get(store, key(1))).isNull();
        assertThat(get(store, key(2))).isNull();
        store.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because it fails its"
                        + " authentication");
    }

    @Test
    void aRecordMovedToAnotherKeyIsNotServed() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "one");
        Map<byte[], byte[]> index = index(fixture);
        index.put(key(2).toBytes(), index.get(key(1).toBytes()));

        assertThat(get(store, key(2))).isNull();
        assertThat(get(store, key(1))).as("the original stays good").isEqualTo("one");
        store.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because it fails its"
                        + " authentication");
    }

    @Test
    void verifyReportsMovedRecordsAsDamaged() throws IOException {
        StoreFixture lower = new StoreFixture(cache, spec -> spec, VERSION_1, "lower");
        StoreFixture upper = new StoreFixture(cache, spec -> spec, VERSION_1, "upper");
        fill(lower, "abc", "x".repeat(IndexMap.INLINE_LIMIT + 1));
        fill(upper, "ABC", "X".repeat(IndexMap.INLINE_LIMIT + 1));
        copyIndex(upper, lower);

        StoredVersion moved = new CacheDirectory(cache, Reporter.jvm()).versionsOf(lower.descriptor().signature()).get(0);
        assertThat(moved.verify(false)).isEqualTo(new ChronicleStore.Verification(2, 2));
        StoredVersion untouched = new CacheDirectory(cache, Reporter.jvm()).versionsOf(upper.descriptor().signature()).get(0);
        assertThat(untouched.verify(false)).isEqualTo(new ChronicleStore.Verification(2, 0));
    }

    @Test
    void anIndexMovedTogetherWithItsDescriptionIsStillRefusedByVerify() throws IOException {
        StoreFixture lower = new StoreFixture(cache, spec -> spec, VERSION_1, "lower");
        StoreFixture upper = new StoreFixture(cache, spec -> spec, VERSION_1, "upper");
        fill(lower, "abc", "small too");
        fill(upper, "ABC", "SMALL TOO");
        copyIndex(upper, lower);
        Files.copy(upper.versionDirectory().resolve(CacheLayout.VERSION_FILE),
                lower.versionDirectory().resolve(CacheLayout.VERSION_FILE), StandardCopyOption.REPLACE_EXISTING);

        StoredVersion moved = new CacheDirectory(cache, Reporter.jvm()).versionsOf(lower.descriptor().signature()).get(0);
        assertThatThrownBy(() -> moved.verify(false))
                .hasMessageContaining("which is not the method of its folder");
    }

    /** Stores an inline entry under key 1 and a blob under key 2, and closes as a finished process would. */
    private static void fill(StoreFixture fixture, String small, String large) throws IOException {
        ChronicleStore store = fixture.open();
        put(store, key(1), small);
        put(store, key(2), large);
        store.close();
    }

    /** Replaces {@code to}'s index and blobs by {@code from}'s, as {@code cp -r} would. */
    private static void copyIndex(StoreFixture from, StoreFixture to) throws IOException {
        Files.copy(from.versionDirectory().resolve("entries.cm"), to.versionDirectory().resolve("entries.cm"),
                StandardCopyOption.REPLACE_EXISTING);
        Path toBlobs = to.versionDirectory().resolve(CacheLayout.BLOBS);
        if (!Files.isDirectory(toBlobs)) {
            return;
        }
        try (Stream<Path> blobs = Files.list(from.versionDirectory().resolve(CacheLayout.BLOBS))) {
            for (Path blob : (Iterable<Path>) blobs::iterator) {
                Files.copy(blob, toBlobs.resolve(blob.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Map<byte[], byte[]> index(StoreFixture fixture) throws IOException {
        return fixture.index().map();
    }
}
