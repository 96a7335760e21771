package dev.memoria.it.disk.apps;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The values the disk apps compute, and how they print them. A test builds the same value in its own JVM and compares
 * the printed description, so "the value came back equal" is checked against an independent computation.
 */
public final class Values {

    private Values() {
    }

    /** {@code offset, offset + 0.25, offset + 0.5, ...}: every element distinct, so a shifted or torn copy shows. */
    public static double[] ramp(int length, double offset) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = offset + i * 0.25;
        }
        return values;
    }

    /** Length and CRC32C of the contents: equal descriptions mean equal arrays, without printing megabytes. */
    public static String describe(double[] values) {
        if (values == null) {
            return "null";
        }
        CRC32C crc = new CRC32C();
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            if (!chunk.hasRemaining()) {
                crc.update(chunk.flip());
                chunk.clear();
            }
            chunk.putDouble(value);
        }
        crc.update(chunk.flip());
        return "double[" + values.length + "] crc32c=" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** A deterministic rendering that shows arrays' contents and, for containers, their classes. */
    public static String describe(Object value) {
        if (value instanceof double[] doubles) {
            return describe(doubles);
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>) {
            return value.getClass().getName() + value;
        }
        return String.valueOf(value);
    }
}
