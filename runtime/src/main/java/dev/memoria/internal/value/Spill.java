package dev.memoria.internal.value;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the large out-of-band buffers of one value go while it is serialized: heap arrays for the memory tier, or
 * regions of a file for a store on disk, so a value of several gigabytes streams to its file without a second copy on
 * the heap. One spill serves one serialization.
 */
public interface Spill {

    /**
     * Space for one buffer of {@code size} bytes, positioned at 0; the serializer fills it.
     *
     * @throws SpillFailedException when the spill's storage fails
     */
    ByteBuffer allocate(int size);

    /** Completes the value after serialization succeeded. */
    Serialized finish(byte[] main);

    /** Gives up the space after serialization failed. */
    void abandon();

    /**
     * Whether the value's bytes are kept by a tier that stores bytes (disk, off-heap memory). A heap spill's bytes
     * only serve copies, so a value that needs no copy need not be serialized into it at all.
     */
    default boolean keepsBytes() {
        return true;
    }

    /** The heap spill: buffers are plain arrays, which only serve copies. */
    static Spill onHeap() {
        return onHeap(false);
    }

    /**
     * A heap spill whose buffers are plain arrays.
     *
     * @param keepsBytes whether a tier stores the bytes (the shared tier sends them), see {@link #keepsBytes()}
     */
    static Spill onHeap(boolean keepsBytes) {
        return new Spill() {
            private final List<ByteBuffer> buffers = new ArrayList<>();

            @Override
            public ByteBuffer allocate(int size) {
                ByteBuffer buffer = ByteBuffer.wrap(new byte[size]);
                buffers.add(buffer);
                return buffer;
            }

            @Override
            public Serialized finish(byte[] main) {
                return produced(main, buffers, null);
            }

            @Override
            public void abandon() {
                buffers.clear();
            }

            @Override
            public boolean keepsBytes() {
                return keepsBytes;
            }
        };
    }

    /** Builds the value of a spill that kept its buffers in {@code storage}; each buffer counts whole. */
    static Serialized produced(byte[] main, List<ByteBuffer> buffers, Object storage) {
        ByteBuffer[] whole = buffers.stream().map(buffer -> buffer.duplicate().clear()).toArray(ByteBuffer[]::new);
        return Serialized.produced(main, whole, storage);
    }
}
