package dev.memoria.internal.store;

import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Stored;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static dev.memoria.internal.policy.Attributes.MAX_ENTRIES;
import static dev.memoria.internal.policy.Attributes.MAX_SIZE;
import static dev.memoria.internal.policy.Attributes.TTL;
import static org.assertj.core.api.Assertions.assertThat;

class MemoryStoreTest {

    private final AtomicLong now = new AtomicLong();
    /** The stores' clock, which only this test moves. */
    private final Clock clock = Clock.following(now::get);

    private static Key key(int n) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) n;
        bytes[1] = (byte) (n >> 8);
        return Key.fromBytes(bytes);
    }

    private MemoryStore store(CacheSpec.Builder spec) {
        return new MemoryStore(spec.build(), "example.Reports.load(int)", MemoryBudget.fromSettings(new Reporter()),
                clock);
    }

    private static CacheSpec.Builder data() {
        return CacheSpec.builder(CacheSpec.Kind.DATA, "test.T.m()");
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    /** An entry of a given weight, written now, that counts its releases. */
    private final class Entry implements Stored {
        private final long weight;
        private final long writtenAtMillis = clock.currentTimeMillis();
        private final AtomicInteger releases = new AtomicInteger();

        Entry(long weight) {
            this.weight = weight;
        }

        @Override
        public long weight() {
            return weight;
        }

        @Override
        public void released() {
            releases.incrementAndGet();
        }

        @Override
        public long writtenAtMillis() {
            return writtenAtMillis;
        }
    }

    /* --------------- ttl --------------- */

    @Test
    void entriesExpireTtlAfterTheirWrite() {
        MemoryStore store = store(data().set(TTL, "1d"));
        Entry entry = new Entry(1);
        store.put(key(1), entry);
        advance(Duration.ofHours(23));
        assertThat(store.get(key(1))).isSameAs(entry);
        advance(Duration.ofHours(2));
        assertThat(store.get(key(1))).isNull();
        assertThat(entry.releases).hasValue(1);
        assertThat(store.evictions()).isEqualTo(1);
    }

    @Test
    void readsDoNotExtendTheTtl() {
        MemoryStore store = store(data().set(TTL, "10m"));
        store.put(key(1), new Entry(1));
        for (int i = 0; i < 9; i++) {
            advance(Duration.ofMinutes(1));
            assertThat(store.get(key(1))).isNotNull();
        }
        advance(Duration.ofMinutes(2));
        assertThat(store.get(key(1))).isNull();
    }

    @Test
    void withoutTtlEntriesStay() {
        MemoryStore store = store(data());
        store.put(key(1), new Entry(1));
        advance(Duration.ofDays(10_000));
        assertThat(store.get(key(1))).isNotNull();
    }

    /* --------------- bounds --------------- */

    @Test
    void maxEntriesBoundsTheStore() {
        MemoryStore store = store(data().set(MAX_ENTRIES, 10));
        for (int i = 0; i < 100; i++) {
            store.put(key(i), new Entry(1));
        }
        assertThat(store.entries()).isEqualTo(10);
        assertThat(store.evictions()).isEqualTo(90);
    }

    @Test
    void maxSizeBoundsTheStoredBytes() {
        MemoryStore store = store(data().set(MAX_SIZE, "1KB"));
        for (int i = 0; i < 100; i++) {
            store.put(key(i), new Entry(100));
        }
        assertThat(store.bytes()).isLessThanOrEqualTo(1024).isPositive();
        assertThat(store.entries()).isEqualTo(store.bytes() / 100);
    }

    @Test
    void bothBoundsApply() {
        MemoryStore store = store(data().set(MAX_SIZE, "1MB").set(MAX_ENTRIES, 3));
        for (int i = 0; i < 20; i++) {
            store.put(key(i), new Entry(10));
        }
        assertThat(store.entries()).isEqualTo(3);
        assertThat(store.evictions()).isEqualTo(17);
    }

    /* --------------- release and accounting --------------- */

    @Test
    void everyRemovedEntryIsReleasedOnce() {
        MemoryStore store = store(data());
        Entry replaced = new Entry(1);
        Entry removed = new Entry(1);
        Entry cleared = new Entry(1);
        store.put(key(1), replaced);
        store.put(key(1), new Entry(1));
        store.put(key(2), removed);
        store.remove(key(2));
        store.put(key(3), cleared);
        store.clear();
        assertThat(replaced.releases).hasValue(1);
        assertThat(removed.releases).hasValue(1);
        assertThat(cleared.releases).hasValue(1);
        assertThat(store.entries()).isZero();
    }

    /** A store without bounds or ttl is a plain map, not Caffeine: it must tell departures as Caffeine's does. */
    @Test
    void departuresAreTheSameWithAndWithoutCaffeine() {
        for (CacheSpec.Builder spec : List.of(data(), data().set(TTL, "1d"), data().set(MAX_ENTRIES, 100))) {
            MemoryStore store = store(spec);
            List<String> departed = new ArrayList<>();
            store.watchDepartures((key, reason, value) -> departed.add(reason + " " + ((Entry) value).weight));
            store.put(key(1), new Entry(1));
            store.put(key(1), new Entry(2)); // replaced: no departure
            store.put(key(2), new Entry(3));
            store.remove(key(2));
            store.remove(key(3)); // absent: nothing
            store.put(key(4), new Entry(4));
            store.clear();
            assertThat(departed).as(spec.build().toString())
                    .containsExactlyInAnyOrder("REMOVED 3", "REMOVED 2", "REMOVED 4");
            assertThat(store.bytes()).isZero();
        }
    }

    @Test
    void bytesFollowPutsAndRemovals() {
        MemoryStore store = store(data());
        store.put(key(1), new Entry(100));
        store.put(key(2), new Entry(50));
        assertThat(store.bytes()).isEqualTo(150);
        store.put(key(1), new Entry(10));
        assertThat(store.bytes()).isEqualTo(60);
        store.clear();
        assertThat(store.bytes()).isZero();
    }
}
