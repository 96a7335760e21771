package dev.memoria.internal.store;

import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Stored;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryBudgetTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();
    /** This test's own: its budgets warn here, unseen by any other test's. */
    private final Reporter reporter = new Reporter();

    private static final CacheSpec DATA = CacheSpec.builder(CacheSpec.Kind.DATA, "test.T.m()").build();
    private static final long MIB = 1L << 20;

    private static Key key(int n) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) n;
        bytes[1] = (byte) (n >> 8);
        bytes[2] = (byte) (n >> 16);
        return Key.fromBytes(bytes);
    }

    private static Stored weighing(long weight) {
        return new Stored() {
            @Override
            public long weight() {
                return weight;
            }

            @Override
            public long writtenAtMillis() {
                return 0;
            }

            @Override
            public void released() {
            }
        };
    }

    @Test
    void theDefaultIsAQuarterOfTheMaximumHeap() {
        MemoryBudget budget = MemoryBudget.fromSetting(null, 512 * MIB, reporter);

        assertThat(budget.maxBytes()).isEqualTo(128 * MIB);
    }

    @Test
    void aSizeOrAShareOfTheHeapSetsIt() {
        assertThat(MemoryBudget.fromSetting("64MB", 512 * MIB, reporter).maxBytes()).isEqualTo(64 * MIB);
        assertThat(MemoryBudget.fromSetting("50%", 512 * MIB, reporter).maxBytes()).isEqualTo(256 * MIB);
        assertThat(MemoryBudget.fromSetting(" 12.5 % ", 512 * MIB, reporter).maxBytes()).isEqualTo(64 * MIB);
    }

    @Test
    void anUnusableSettingIsReportedAndTheDefaultApplies() {
        MemoryBudget budget = MemoryBudget.fromSetting("150%", 512 * MIB, reporter);

        assertThat(budget.maxBytes()).isEqualTo(128 * MIB);
        assertThat(reporter.reported()).anySatisfy(message -> assertThat(message)
                .contains("memoria.maxMemory = \"150%\" cannot be used")
                .contains("at most 100%")
                .contains("Memoria keeps the default, 25% of the maximum heap"));
        assertThat(stderr.takeLine())
                .startsWith("[memoria] The memory budget memoria.maxMemory = \"150%\" cannot be used");
    }

    @Test
    void storesTogetherStayWithinTheBudgetAndTheLargestGivesWayFirst() {
        MemoryBudget budget = new MemoryBudget(1000, "set for this test", reporter);
        MemoryStore small = new MemoryStore(DATA, "test.Small.m()", budget, new Clock());
        MemoryStore large = new MemoryStore(DATA, "test.Large.m()", budget, new Clock());
        for (int i = 0; i < 5; i++) {
            small.put(key(i), weighing(40));
        }
        for (int i = 0; i < 100; i++) {
            large.put(key(i), weighing(50));
        }

        assertThat(budget.used()).isLessThanOrEqualTo(1000).isEqualTo(small.bytes() + large.bytes());
        assertThat(small.entries()).isEqualTo(5);
        assertThat(small.evictions()).isZero();
        assertThat(large.evictions()).isEqualTo(100 - large.entries()).isPositive();
        assertThat(reporter.reported()).anySatisfy(message -> assertThat(message)
                .contains("reached Memoria's budget of 1000 B (set for this test)")
                .contains("starting with test.Large.m()")
                .contains("-Dmemoria.maxMemory"));
        assertThat(stderr.takeLine())
                .startsWith("[memoria] The cached values in memory reached Memoria's budget of 1000 B (set for this"
                        + " test).");
    }

    @Test
    void theEntriesReadLeastRecentlyGoFirstAndOnlyAsManyAsTheBudgetNeeds() {
        MemoryBudget budget = new MemoryBudget(1000, "set for this test", reporter);
        MemoryStore store = new MemoryStore(DATA, "test.T.m()", budget, new Clock());
        for (int i = 0; i < 10; i++) {
            store.put(key(i), weighing(100));
        }
        for (int i = 0; i < 5; i++) {
            store.get(key(i)); // the five oldest entries are the ones in use
        }

        store.put(key(10), weighing(100)); // 1100 B: a pass brings the total down to 900 B

        assertThat(budget.used()).isEqualTo(900);
        assertThat(store.evictions()).isEqualTo(2);
        for (int i = 0; i < 5; i++) {
            assertThat(store.get(key(i))).as("read entry %d", i).isNotNull();
        }
        assertThat(store.get(key(5))).isNull();
        assertThat(store.get(key(6))).isNull();
        assertThat(store.get(key(10))).isNotNull();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] The cached values in memory reached Memoria's budget of 1000 B (set for this"
                        + " test).");
    }

    @Test
    void anEntryThatLeavesGivesItsBytesBack() {
        MemoryBudget budget = new MemoryBudget(1000, "set for this test", reporter);
        MemoryStore store = new MemoryStore(DATA, "test.T.m()", budget, new Clock());
        store.put(key(1), weighing(300));
        store.put(key(1), weighing(200));
        assertThat(budget.used()).isEqualTo(200);

        store.clear();

        assertThat(budget.used()).isZero();
    }
}
