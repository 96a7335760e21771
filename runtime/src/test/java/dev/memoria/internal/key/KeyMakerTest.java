package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The frame of a key: version, receiver, parameter indices, left-out parameters; stability and thread safety. */
class KeyMakerTest {

    enum Unit { KG, LB }

    record Measurement(String name, double value, Unit unit, List<Integer> samples) {
    }

    private static final KeyMaker LOAD = new KeyMaker("example.Reports.load(java.lang.String, int)",
            List.of("name", "year"), new boolean[] {true, true}, false, HasherTable.EMPTY);

    @Test
    void aKeyIsTheDigestOfVersionThenEachParameterWithItsIndex() {
        Key expected = ExpectedKey.key()
                .parameter(0).u8(0x19).text("report")
                .parameter(1).u8(0x15).i32(2024)
                .toKey();

        assertThat(LOAD.keyOf(null, new Object[] {"report", 2024})).isEqualTo(expected);
    }

    @Test
    void goldenKeysPinTheScheme() {
        // If this fails, the encoding changed: persisted keys no longer match. Raise KeyMaker.SCHEME_VERSION,
        // update docs/hashing.md, then update these values.
        assertThat(LOAD.keyOf(null, new Object[] {"report", 2024}).toHex())
                .isEqualTo("e70ac6bdcd509af8050fd2b942722b99c9cd808c95245950827162e17a339657");
        Object everything = List.of(
                new Measurement("mass", 1.5, Unit.KG, List.of(1, 2)),
                new HashSet<>(Set.of(Unit.LB, Unit.KG)),
                Map.of("when", LocalDate.of(2024, 2, 29), "price", new BigDecimal("9.90")),
                Optional.of(new double[] {0.5, -0.0}),
                new Object[] {'c', (byte) 1, (short) 2, 3L, 4f, null, true});
        assertThat(Keys.keyOf(everything).toHex())
                .isEqualTo("eb2dd9107ffe723b413ce15a0b1b062ade1ed0af4e83d2e7aa7569f039614655");
    }

    @Test
    void keysAreStableAcrossCallsAndAcrossMakers() {
        Object[] args = {"report", 2024};
        KeyMaker fresh = new KeyMaker("example.Reports.load(java.lang.String, int)", List.of("name", "year"),
                new boolean[] {true, true}, false, HasherTable.EMPTY);

        assertThat(LOAD.keyOf(null, args)).isEqualTo(LOAD.keyOf(null, args)).isEqualTo(fresh.keyOf(null, args));
    }

    @Test
    void argumentsInDifferentPositionsDiffer() {
        KeyMaker pair = Keys.maker(HasherTable.EMPTY, 2);

        assertThat(pair.keyOf(null, new Object[] {1, 2})).isNotEqualTo(pair.keyOf(null, new Object[] {2, 1}));
    }

    @Test
    void aLeftOutParameterDoesNotAffectTheKey() {
        KeyMaker maker = new KeyMaker("example.Reports.load(int, java.sql.Connection, int)",
                List.of("from", "connection", "to"), new boolean[] {true, false, true}, false, HasherTable.EMPTY);

        assertThat(maker.keyOf(null, new Object[] {1, new Object(), 2}))
                .isEqualTo(maker.keyOf(null, new Object[] {1, "anything", 2}))
                .isNotEqualTo(maker.keyOf(null, new Object[] {2, "anything", 1}));
    }

    @Test
    void aLeftOutParameterStillKeepsItsIndex() {
        KeyMaker gap = new KeyMaker("example.F.f(int, int, int)", List.of("a", "_b", "c"),
                new boolean[] {true, false, true}, false, HasherTable.EMPTY);
        KeyMaker noGap = new KeyMaker("example.F.f(int, int)", List.of("a", "c"),
                new boolean[] {true, true}, false, HasherTable.EMPTY);

        assertThat(gap.keyOf(null, new Object[] {1, 0, 2})).isNotEqualTo(noGap.keyOf(null, new Object[] {1, 2}));
    }

    @Test
    void theReceiverIsPartOfTheKeyOnlyWhenHashed() {
        KeyMaker withReceiver = new KeyMaker("example.Scale.weigh(int)", List.of("grams"), new boolean[] {true}, true,
                HasherTable.EMPTY);
        KeyMaker withoutReceiver = new KeyMaker("example.Scale.weigh(int)", List.of("grams"), new boolean[] {true},
                false, HasherTable.EMPTY);

        assertThat(withReceiver.keyOf(Unit.KG, new Object[] {5})).isNotEqualTo(withReceiver.keyOf(Unit.LB, new Object[] {5}))
                .isEqualTo(ExpectedKey.key().receiver().u8(0x1A).text(Unit.class.getName()).text("KG")
                                   .parameter(0).u8(0x15).i32(5).toKey());
        assertThat(withoutReceiver.keyOf(Unit.KG, new Object[] {5})).isEqualTo(withoutReceiver.keyOf(Unit.LB, new Object[] {5}));
    }

    @Test
    void theReceiverNeverCollidesWithAParameter() {
        KeyMaker instanceMethod = new KeyMaker("example.A.f()", List.of(), new boolean[0], true, HasherTable.EMPTY);
        KeyMaker staticMethod = Keys.maker(HasherTable.EMPTY, 1);

        assertThat(instanceMethod.keyOf("x", new Object[0])).isNotEqualTo(staticMethod.keyOf(null, new Object[] {"x"}));
    }

    @Test
    void noArgumentsIsAKeyToo() {
        KeyMaker none = Keys.maker(HasherTable.EMPTY, 0);

        assertThat(none.keyOf(null, new Object[0])).isEqualTo(ExpectedKey.key().toKey());
    }

    @Test
    void aCallWithTheWrongArityIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> LOAD.keyOf(null, new Object[] {"report"}))
                .withMessage("example.Reports.load(java.lang.String, int) takes 2 arguments, got 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new KeyMaker("example.F.f(int)", List.of("a"),
                new boolean[2], false, HasherTable.EMPTY));
    }

    @Test
    void theMakerKeepsItsOwnCopyOfTheFlags() {
        boolean[] hashed = {true};
        KeyMaker maker = new KeyMaker("example.F.f(int)", List.of("a"), hashed, false, HasherTable.EMPTY);
        Key before = maker.keyOf(null, new Object[] {1});

        hashed[0] = false;

        assertThat(maker.keyOf(null, new Object[] {2})).isNotEqualTo(before);
    }

    @Test
    void manyThreadsBuildCorrectDistinctKeys() throws Exception {
        KeyMaker maker = Keys.maker(HasherTable.EMPTY, 2);
        int valuesPerThread = 2_000;
        int threads = 8;
        List<Key> expected = new ArrayList<>();
        for (int i = 0; i < threads * valuesPerThread; i++) {
            expected.add(maker.keyOf(null, argumentsFor(i)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Key>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * valuesPerThread;
                tasks.add(() -> {
                    List<Key> keys = new ArrayList<>();
                    for (int i = first; i < first + valuesPerThread; i++) {
                        keys.add(maker.keyOf(null, argumentsFor(i)));
                    }
                    return keys;
                });
            }
            List<Key> actual = new ArrayList<>();
            for (Future<List<Key>> result : pool.invokeAll(tasks)) {
                actual.addAll(result.get());
            }

            assertThat(actual).isEqualTo(expected).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static Object[] argumentsFor(int i) {
        return new Object[] {new Measurement("m" + i, i, Unit.values()[i % 2], List.of(i, i + 1)),
                             Map.of("i", i, "set", Set.of(i, -i - 1))};
    }
}
