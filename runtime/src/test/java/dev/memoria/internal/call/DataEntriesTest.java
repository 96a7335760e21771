package dev.memoria.internal.call;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.SpillFailedException;
import dev.memoria.internal.value.Stored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataEntriesTest {

    private final ValueCopier copier = ValueCopier.forLoader(getClass().getClassLoader());
    private final DataEntries entries = new DataEntries("example.Big.load()", copier, copier.readBack(Object.class),
            new Clock());

    /** A spill whose storage is full. */
    private static final class FullDisk implements Spill {
        @Override
        public ByteBuffer allocate(int size) {
            throw new SpillFailedException(new IOException("No space left on device"));
        }

        @Override
        public Serialized finish(byte[] main) {
            throw new AssertionError("never reached");
        }

        @Override
        public void abandon() {
        }
    }

    @Test
    void aValueWhoseSpillFailsIsSerializedOnTheHeapInstead() {
        double[] large = new double[100_000];
        large[99_999] = 7;
        Serialized stored = (Serialized) entries.capture(large, null, new FullDisk(), Recording.NONE);
        assertThat(stored.storage()).isNull();
        assertThat((double[]) copier.deserialize(stored)).isEqualTo(large);
    }

    /** Both ways a copy is read: bytes a store could keep, and bytes only memory keeps (the hit path's own read). */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void runningOutOfMemoryWhileReadingBackIsNotADamagedEntry(boolean keptInMemoryOnly) {
        Holder value = new Holder(new Exploding());
        Serialized stored = keptInMemoryOnly ? copier.serializeForMemory(value) : copier.serialize(value);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.deliver(stored))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aRecordingThatDoesNotDecodeMakesTheEntryStale() {
        byte[] truncated = {0, 0, 0, 5}; // five toolkit names announced, none follows
        Serialized stored = copier.serialize("value").withRecording(RecordingFormat.readBack(truncated));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.deliver(stored))
                .isInstanceOf(EntryKind.StaleEntryException.class)
                .hasMessageStartingWith("holds a recording of UI calls that does not decode");
    }

    /** A value whose deserialization runs out of memory, as a value larger than the heap would. */
    record Holder(Exploding inside) {
    }

    /** Fails to deserialize with an OutOfMemoryError, which the serializer wraps. */
    static final class Exploding implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private void readObject(java.io.ObjectInputStream in) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void theComputingCallerGetsTheOriginal() {
        double[] value = new double[3];
        Serialized stored = (Serialized) entries.capture(value, null, Spill.onHeap(), Recording.NONE);
        assertThat(entries.handBack(value, stored)).isSameAs(value);
        assertThat(entries.deliver(stored)).isNotSameAs(value).isEqualTo(value);
    }

    enum Unit { KG, LB }

    record Reading(String sensor, double value, Unit unit, Long sequence) {
    }

    record Series(String name, java.util.List<Double> values) {
    }

    record Wrapper(Reading reading, int version) {
    }

    @Test
    void aHitOfAValueNoCallerCanChangeIsTheStoredObjectItself() {
        for (Object value : new Object[]{"text", 42, Unit.KG, new Reading("s1", 1.5, Unit.LB, 7L),
                                         new Wrapper(new Reading("s2", 2, Unit.KG, null), 3), new int[0],
                                         new String[0], java.time.LocalDate.of(2024, 2, 29)}) {
            for (Spill spill : List.of(Spill.onHeap(), new StoredBytes())) {
                Stored stored = entries.capture(value, null, spill, Recording.NONE);

                assertThat(entries.deliver(stored)).as("%s", value).isSameAs(value);
                assertThat(entries.deliver(stored)).as("%s", value).isSameAs(entries.deliver(stored));
            }
        }
    }

    @Test
    void aValueNoCallerCanChangeIsNotSerializedWhenOnlyMemoryKeepsIt() {
        Stored stored = entries.capture(new Reading("s1", 1.5, Unit.LB, 7L), null, Spill.onHeap(), Recording.NONE);

        assertThat(stored).isNotInstanceOf(Serialized.class);
        assertThat(stored.weight()).isPositive();
    }

    /** A spill whose bytes a tier keeps, as a disk tier's does; on the heap for the test. */
    private static final class StoredBytes implements Spill {
        private final Spill heap = Spill.onHeap();

        @Override
        public ByteBuffer allocate(int size) {
            return heap.allocate(size);
        }

        @Override
        public Serialized finish(byte[] main) {
            return heap.finish(main);
        }

        @Override
        public void abandon() {
            heap.abandon();
        }
    }

    @Test
    void aHitOfAValueACallerCouldChangeIsACopy() {
        Series series = new Series("s", new java.util.ArrayList<>(java.util.List.of(1.0, 2.0)));
        for (Object value : new Object[]{series, new int[]{1}, new java.util.ArrayList<>(java.util.List.of("a")),
                                         java.util.List.of("immutable, but the declared type is an interface")}) {
            Serialized stored = (Serialized) entries.capture(value, null, Spill.onHeap(), Recording.NONE);

            assertThat(entries.deliver(stored)).as("%s", value).isNotSameAs(value);
        }
        Serialized stored = (Serialized) entries.capture(series, null, Spill.onHeap(), Recording.NONE);
        ((Series) entries.deliver(stored)).values().add(3.0);
        assertThat(((Series) entries.deliver(stored)).values()).containsExactly(1.0, 2.0);
    }

    @Test
    void aSharedValueIsStillSerializedForTheTiersThatStoreBytes() {
        Reading reading = new Reading("s1", 1.5, Unit.LB, 7L);
        Serialized stored = (Serialized) entries.capture(reading, null, new StoredBytes(), Recording.NONE);

        assertThat(stored.size()).isPositive();
        assertThat(copier.deserialize(stored)).isEqualTo(reading).isNotSameAs(reading);
    }
}
