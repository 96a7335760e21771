package dev.memoria.it.disk.apps;

import dev.memoria.CacheResource;
import dev.memoria.HiddenInputs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.ReadOnlyBufferException;

/**
 * {@code @CacheResource(offHeap = true)} on methods returning {@code java.nio} buffers. Argument {@code bytes} or
 * {@code doubles} calls the method twice and prints what each caller got, line by line; {@code heapBytes} does the
 * same for a method that returns a heap buffer, then changes the array behind it.
 */
public final class Buffers {

    /** The direct buffers the bodies returned, which the app keeps to show the callers share their memory. */
    private static ByteBuffer returnedBytes;
    private static DoubleBuffer returnedDoubles;
    private static byte[] returnedArray;

    private Buffers() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "bytes" -> {
                ByteBuffer first = table(64);
                ByteBuffer second = table(64);
                describe("first", first, first.get(10));
                describe("second", second, second.get(10));
                System.out.println("first write: " + attempt(() -> first.put(0, (byte) 1)));
                System.out.println("second write: " + attempt(() -> second.put((byte) 1)));
                first.getInt();
                System.out.println("positions: first " + first.position() + ", second " + second.position());
                returnedBytes.put(10, (byte) 99);
                System.out.println("after the returned buffer changed: first " + first.get(10) + ", second "
                                   + second.get(10));
            }
            case "heapBytes" -> {
                ByteBuffer first = heapTable(64);
                ByteBuffer second = heapTable(64);
                describe("first", first, first.get(10));
                describe("second", second, second.get(10));
                returnedArray[10] = 99;
                System.out.println("after the returned array changed: first " + first.get(10) + ", second "
                                   + second.get(10));
            }
            case "doubles" -> {
                DoubleBuffer first = weights(16);
                DoubleBuffer second = weights(16);
                describe("first", first, first.get(10));
                describe("second", second, second.get(10));
                System.out.println("first write: " + attempt(() -> first.put(0, 1.0)));
                System.out.println("second write: " + attempt(() -> second.put(1.0)));
                first.get();
                System.out.println("positions: first " + first.position() + ", second " + second.position());
                returnedDoubles.put(10, 99.5);
                System.out.println("after the returned buffer changed: first " + first.get(10) + ", second "
                                   + second.get(10));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    @CacheResource(offHeap = true, hiddenInputs = HiddenInputs.IGNORE) // keeps what it returned, to show sharing
    static ByteBuffer table(int size) {
        System.out.println("ran table:" + size);
        returnedBytes = ByteBuffer.allocateDirect(size);
        for (int i = 0; i < size; i++) {
            returnedBytes.put(i, (byte) i);
        }
        return returnedBytes;
    }

    @CacheResource(offHeap = true, hiddenInputs = HiddenInputs.IGNORE) // keeps what it returned, to show sharing
    static ByteBuffer heapTable(int size) {
        System.out.println("ran heapTable:" + size);
        returnedArray = new byte[size];
        for (int i = 0; i < size; i++) {
            returnedArray[i] = (byte) i;
        }
        return ByteBuffer.wrap(returnedArray);
    }

    @CacheResource(offHeap = true, hiddenInputs = HiddenInputs.IGNORE) // keeps what it returned, to show sharing
    static DoubleBuffer weights(int size) {
        System.out.println("ran weights:" + size);
        returnedDoubles = ByteBuffer.allocateDirect(size * 8).order(ByteOrder.nativeOrder()).asDoubleBuffer();
        for (int i = 0; i < size; i++) {
            returnedDoubles.put(i, i * 0.5);
        }
        return returnedDoubles;
    }

    private static void describe(String caller, java.nio.Buffer buffer, Object tenth) {
        System.out.println(caller + ": read-only " + buffer.isReadOnly() + ", direct " + buffer.isDirect()
                           + ", position " + buffer.position() + ", limit " + buffer.limit() + ", element 10 = "
                           + tenth);
    }

    private static String attempt(Runnable write) {
        try {
            write.run();
            return "allowed";
        } catch (ReadOnlyBufferException e) {
            return "ReadOnlyBufferException";
        }
    }
}
