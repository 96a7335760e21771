package dev.memoria.internal.store;

import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static dev.memoria.internal.policy.Attributes.TTL;
import static org.assertj.core.api.Assertions.assertThat;

class TieredStoreTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    private final AtomicLong now = new AtomicLong();
    /** This test's clock and reporter: what its stores measure ttl on, and where they warn. */
    private final Clock clock = Clock.following(now::get);
    private final Reporter reporter = new Reporter();
    private final MemoryBudget budget = MemoryBudget.fromSettings(reporter);

    private static final CacheSpec SPEC = CacheSpec.builder(CacheSpec.Kind.DATA, "example.Tiers.load()").set(TTL, "1h")
            .build();

    private MemoryStore memory() {
        return new MemoryStore(SPEC, "example.Reports.load(int)", budget, clock);
    }

    /** Over a memory tier and a disk tier the test can reach; keys are their own digests. */
    private TieredStore tiered(MemoryStore memory, FakeDisk disk) {
        return new TieredStore(memory, disk, key -> (Key) key, SPEC, "example.Tiers.load()", this::memory, reporter);
    }

    private static Key key(int n) {
        byte[] bytes = new byte[Key.BYTES];
        bytes[0] = (byte) n;
        return Key.fromBytes(bytes);
    }

    /** An entry written at a given wall-clock time. */
    private record Entry(long writtenAtMillis) implements Stored {
        @Override
        public long weight() {
            return 1;
        }

        @Override
        public void released() {
        }
    }

    /** A disk tier in a map, which can be told to fail. */
    private static final class FakeDisk implements Store<Key> {
        final Map<Key, Stored> entries = new HashMap<>();
        boolean failing;
        /** Removals by any process, as a shared index counts them. */
        long clears;

        private void check() {
            if (failing) {
                throw new IllegalStateException("No space left on device");
            }
        }

        @Override
        public Stored get(Key key) {
            check();
            return entries.get(key);
        }

        @Override
        public void put(Key key, Stored value) {
            check();
            entries.put(key, value);
        }

        @Override
        public void remove(Key key) {
            check();
            entries.remove(key);
            clears++;
        }

        @Override
        public void clear() {
            check();
            entries.clear();
            clears++;
        }

        @Override
        public long clears() {
            return clears;
        }

        @Override
        public long entries() {
            return entries.size();
        }

        @Override
        public long bytes() {
            return entries.size();
        }

        @Override
        public long evictions() {
            return 0;
        }

        @Override
        public Spill spill() {
            return Spill.onHeap();
        }
    }

    @Test
    void writesGoToBothTiersAndReadsPromoteFromDisk() {
        MemoryStore memory = memory();
        FakeDisk disk = new FakeDisk();
        TieredStore store = tiered(memory, disk);
        Entry entry = new Entry(clock.currentTimeMillis());
        store.put(key(1), entry);
        assertThat(memory.get(key(1))).isSameAs(entry);
        assertThat(disk.entries).containsEntry(key(1), entry);

        disk.entries.put(key(2), entry);
        assertThat(store.get(key(2))).isSameAs(entry);
        assertThat(memory.get(key(2))).as("promoted").isSameAs(entry);
    }

    @Test
    void aPromotedEntryKeepsOnlyWhatIsLeftOfItsTtl() {
        MemoryStore memory = memory();
        FakeDisk disk = new FakeDisk();
        TieredStore store = tiered(memory, disk);
        disk.entries.put(key(1), new Entry(clock.currentTimeMillis() - Duration.ofMinutes(50).toMillis()));

        assertThat(store.get(key(1))).isNotNull();
        now.addAndGet(Duration.ofMinutes(11).toNanos());
        assertThat(memory.get(key(1))).as("expired 1 h after it was written, not after promotion").isNull();
    }

    @Test
    void aFailingDiskLeavesTheCacheInMemoryWithOneWarning() {
        FakeDisk disk = new FakeDisk();
        TieredStore store = new TieredStore(null, disk, key -> (Key) key, SPEC, "example.Tiers.failing()", this::memory,
                reporter);
        disk.failing = true;
        Entry entry = new Entry(clock.currentTimeMillis());

        store.put(key(1), entry);
        store.put(key(2), entry);

        assertThat(store.get(key(1))).as("kept in the memory tier that replaced the disk").isSameAs(entry);
        assertThat(store.get(key(2))).isSameAs(entry);
        assertThat(reporter.reported()).filteredOn(line -> line.contains("example.Tiers.failing()")).singleElement()
                .asString().contains("No space left on device").contains("kept in memory from now on");
        assertThat(stderr.takeLine())
                .isEqualTo("[memoria] The disk cache of example.Tiers.failing() failed"
                        + " (java.lang.IllegalStateException: No space left on device); its entries are kept in memory"
                        + " from now on.");
    }

    @Test
    void aClearBelowByAnotherProcessEmptiesTheMemoryTierAtItsNextHit() {
        MemoryStore memory = memory();
        FakeDisk disk = new FakeDisk();
        TieredStore store = tiered(memory, disk);
        Entry entry = new Entry(clock.currentTimeMillis());
        store.put(key(1), entry);
        store.put(key(2), entry);

        disk.entries.remove(key(1)); // another JVM's clear(args)
        disk.clears++;

        assertThat(store.get(key(1))).as("cleared elsewhere").isNull();
        assertThat(store.get(key(2))).as("read again from the disk").isSameAs(entry);
        assertThat(memory.get(key(2))).as("promoted again").isSameAs(entry);
    }

    @Test
    void thisStoresOwnRemovalKeepsTheRestOfTheMemoryTier() {
        MemoryStore memory = memory();
        FakeDisk disk = new FakeDisk();
        TieredStore store = tiered(memory, disk);
        Entry entry = new Entry(clock.currentTimeMillis());
        store.put(key(1), entry);
        store.put(key(2), entry);
        disk.entries.clear(); // so a hit can only come from memory

        store.remove(key(1));

        assertThat(store.get(key(1))).isNull();
        assertThat(store.get(key(2))).as("still in memory").isSameAs(entry);
    }
}
