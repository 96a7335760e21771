package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Primitive arrays hash whole, never sampled: streamed when small, as a tree of leaf digests when large. */
class PrimitiveArrayHashingTest {

    @Test
    void everyPrimitiveArrayTypeHashesByContent() {
        List<Object> arrays = List.of(new boolean[] {true, false}, new byte[] {1, 2}, new short[] {1, 2},
                new char[] {'a', 'b'}, new int[] {1, 2}, new long[] {1, 2}, new float[] {1, 2}, new double[] {1, 2});
        List<Object> changed = List.of(new boolean[] {true, true}, new byte[] {1, 3}, new short[] {1, 3},
                new char[] {'a', 'c'}, new int[] {1, 3}, new long[] {1, 3}, new float[] {1, 3}, new double[] {1, 3});
        for (int i = 0; i < arrays.size(); i++) {
            Object array = arrays.get(i);
            assertThat(keyOf(array)).as("%s", array.getClass()).isEqualTo(keyOf(copy(array)))
                    .isNotEqualTo(keyOf(changed.get(i)));
        }
        assertThat(arrays.stream().map(Keys::keyOf).distinct()).hasSameSizeAs(arrays);
    }

    @Test
    void theSameBytesAsAnotherElementTypeDiffer() {
        assertThat(keyOf((Object) new byte[] {1, 0, 0, 0})).isNotEqualTo(keyOf((Object) new int[] {1}));
        assertThat(keyOf((Object) new int[0])).isNotEqualTo(keyOf((Object) new long[0]));
        assertThat(keyOf((Object) new char[] {'a', 'b'})).isNotEqualTo(keyOf("ab"));
        assertThat(keyOf((Object) new int[] {1, 2})).isNotEqualTo(keyOf(List.of(1, 2)))
                .isNotEqualTo(keyOf((Object) new Integer[] {1, 2}));
    }

    @Test
    void anArrayIsWrittenAsElementTypeLengthAndLittleEndianElements() {
        assertThat(keyOf((Object) new int[] {1, -2})).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x30).u8('I').i32(2).i32(1).i32(-2).toKey());
        assertThat(keyOf((Object) new boolean[] {true, false})).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x30).u8('Z').i32(2).u8(1).u8(0).toKey());
    }

    @Test
    void arraysLargerThanTheBufferAreStreamedIntact() {
        long[] longs = new Random(1).longs(5_000).toArray();
        ExpectedKey expected = ExpectedKey.key().parameter(0).u8(0x30).u8('J').i32(longs.length);
        for (long value : longs) {
            expected.i64(value);
        }

        assertThat(keyOf((Object) longs)).isEqualTo(expected.toKey());
    }

    @Test
    void largeStreamedArraysAreSensitiveToEveryPosition() {
        int[] ints = new int[ArrayTree.THRESHOLD_BYTES / Integer.BYTES - 1];
        Key key = keyOf((Object) ints);
        for (int position : new int[] {0, ints.length / 2, ints.length - 1}) {
            int[] changed = ints.clone();
            changed[position] = 1;
            assertThat(keyOf((Object) changed)).as("element %d changed", position).isNotEqualTo(key);
        }
    }

    @Test
    void justBelowTheThresholdIsStreamed() {
        byte[] bytes = new byte[ArrayTree.THRESHOLD_BYTES - 1];
        new Random(2).nextBytes(bytes);

        assertThat(keyOf((Object) bytes)).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x30).u8('B').i32(bytes.length).raw(bytes).toKey());
    }

    @Test
    void fromTheThresholdOnTheArrayIsHashedAsATreeOfLeafDigests() {
        double[] doubles = new Random(3).doubles(ArrayTree.THRESHOLD_BYTES / Double.BYTES + 3).toArray();
        byte[] littleEndian = toLittleEndian(doubles);

        ExpectedKey expected = ExpectedKey.key().parameter(0).u8(0x31).u8('D').i32(doubles.length);
        for (int from = 0; from < littleEndian.length; from += ArrayTree.LEAF_BYTES) {
            byte[] leaf = Arrays.copyOfRange(littleEndian, from, Math.min(littleEndian.length, from + ArrayTree.LEAF_BYTES));
            expected.raw(ExpectedKey.subDigest().u8(0x04).raw(leaf).digest());
        }

        assertThat(keyOf((Object) doubles)).isEqualTo(expected.toKey());
    }

    @Test
    void treeHashingIsDeterministicAndSensitiveToEveryLeaf() {
        long[] longs = new Random(4).longs(3 * ArrayTree.THRESHOLD_BYTES / Long.BYTES).toArray();
        Key key = keyOf((Object) longs);

        assertThat(keyOf((Object) longs)).isEqualTo(key);
        assertThat(keyOf((Object) longs.clone())).isEqualTo(key);
        int elementsPerLeaf = ArrayTree.LEAF_BYTES / Long.BYTES;
        for (int position = 0; position < longs.length; position += elementsPerLeaf) {
            long[] changed = longs.clone();
            changed[position + elementsPerLeaf / 2] ^= 1;
            assertThat(keyOf((Object) changed)).as("element %d changed", position).isNotEqualTo(key);
        }
    }

    @Test
    void changingTheLastOfFiftyMillionElementsChangesTheKey() {
        int[] ints = new int[50_000_000];
        Key before = keyOf((Object) ints);

        ints[ints.length - 1] = 1;

        assertThat(keyOf((Object) ints)).isNotEqualTo(before);
    }

    private static byte[] toLittleEndian(double[] doubles) {
        ByteBuffer bytes = ByteBuffer.allocate(doubles.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(doubles);
        return bytes.array();
    }

    private static Object copy(Object array) {
        int length = Array.getLength(array);
        Object copy = Array.newInstance(array.getClass().getComponentType(), length);
        System.arraycopy(array, 0, copy, 0, length);
        return copy;
    }
}
