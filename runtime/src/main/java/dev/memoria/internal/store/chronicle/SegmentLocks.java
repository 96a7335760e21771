package dev.memoria.internal.store.chronicle;

import net.openhft.chronicle.hash.locks.InterProcessLock;
import net.openhft.chronicle.hash.locks.InterProcessReadWriteUpdateLock;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.MapSegmentContext;

/** Whether a map's segment locks are free, for a JVM that knows it is the last one with the map open. */
final class SegmentLocks {

    private SegmentLocks() {
    }

    /** Whether some segment's lock is held: with nobody left to hold it, an update was cut short. */
    static boolean anyHeld(ChronicleMap<byte[], byte[]> map) {
        for (int segment = 0; segment < map.segments(); segment++) {
            try (MapSegmentContext<byte[], byte[], ?> context = map.segmentContext(segment)) {
                InterProcessLock update = ((InterProcessReadWriteUpdateLock) context).updateLock();
                if (!update.tryLock()) {
                    return true;
                }
                update.unlock();
            }
        }
        return false;
    }
}
