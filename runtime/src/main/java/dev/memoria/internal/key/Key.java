package dev.memoria.internal.key;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 256-bit cache key: the SHA-256 digest of one call's arguments. Immutable, compared by value.
 *
 * <p>Held as four longs rather than a byte array, so that {@link #equals} is four comparisons and a key cannot be
 * changed through an array someone else kept.
 */
public final class Key {

    /** The length of a key in bytes. */
    public static final int BYTES = 32;

    private static final VarHandle BIG_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final HexFormat HEX = HexFormat.of();

    private final long bytes0To7;
    private final long bytes8To15;
    private final long bytes16To23;
    private final long bytes24To31;

    private Key(long bytes0To7, long bytes8To15, long bytes16To23, long bytes24To31) {
        this.bytes0To7 = bytes0To7;
        this.bytes8To15 = bytes8To15;
        this.bytes16To23 = bytes16To23;
        this.bytes24To31 = bytes24To31;
    }

    /**
     * Returns the key holding these bytes.
     *
     * @param digest32 exactly {@value #BYTES} bytes, e.g. a SHA-256 digest or a key's {@link #toBytes()}; not retained
     * @return the key
     * @throws IllegalArgumentException if {@code digest32} is not {@value #BYTES} bytes long
     */
    public static Key fromBytes(byte[] digest32) {
        Objects.requireNonNull(digest32, "digest32");
        if (digest32.length != BYTES) {
            throw new IllegalArgumentException("A key is " + BYTES + " bytes, got " + digest32.length);
        }
        return new Key(word(digest32, 0), word(digest32, 8), word(digest32, 16), word(digest32, 24));
    }

    /** Returns a fresh {@value #BYTES}-byte copy of this key, in the order {@link #fromBytes} reads. */
    public byte[] toBytes() {
        byte[] bytes = new byte[BYTES];
        BIG_ENDIAN_LONGS.set(bytes, 0, bytes0To7);
        BIG_ENDIAN_LONGS.set(bytes, 8, bytes8To15);
        BIG_ENDIAN_LONGS.set(bytes, 16, bytes16To23);
        BIG_ENDIAN_LONGS.set(bytes, 24, bytes24To31);
        return bytes;
    }

    /** Returns the key as 64 lowercase hexadecimal digits. */
    public String toHex() {
        return HEX.formatHex(toBytes());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Key key
               && bytes0To7 == key.bytes0To7
               && bytes8To15 == key.bytes8To15
               && bytes16To23 == key.bytes16To23
               && bytes24To31 == key.bytes24To31;
    }

    /** Any 32 bits of a SHA-256 digest are uniformly spread, so the first eight bytes are enough. */
    @Override
    public int hashCode() {
        return Long.hashCode(bytes0To7);
    }

    /** Returns {@link #toHex()}. */
    @Override
    public String toString() {
        return toHex();
    }

    private static long word(byte[] bytes, int offset) {
        return (long) BIG_ENDIAN_LONGS.get(bytes, offset);
    }
}
