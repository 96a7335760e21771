package dev.memoria.internal.store.remote;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The deletion of many keys at once, shared by a method's clear, the facade's clear-all and the tool's clear. */
final class RemoteKeys {

    private RemoteKeys() {
    }

    /**
     * Deletes every key matching {@code pattern} (a {@code SCAN MATCH} glob, over every master of a cluster) but the
     * leases, whose holders' computations end by themselves; returns how many keys it deleted.
     */
    static long deleteMatching(RedisClusterCommands<byte[], byte[]> sync, String pattern) {
        List<byte[]> found = new ArrayList<>();
        ScanArgs match = ScanArgs.Builder.matches(pattern).limit(1000);
        KeyScanCursor<byte[]> cursor = sync.scan(match);
        while (true) {
            for (byte[] name : cursor.getKeys()) {
                if (!new String(name, StandardCharsets.UTF_8).contains("}:l:")) {
                    found.add(name);
                }
            }
            if (cursor.isFinished()) {
                break;
            }
            cursor = sync.scan(cursor, match);
        }
        long deleted = 0;
        for (byte[] name : found) {
            deleted += sync.del(name);
        }
        return deleted;
    }
}
