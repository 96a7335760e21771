package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A persisted method and its stored code versions, oldest first. Only the newest version can still be hit by the
 * code that wrote it last; the others hold entries of earlier code, unless a JVM still running that code has them
 * open.
 *
 * @param name      the method as people read it, e.g. {@code example.Reports.load(int)}
 * @param signature owner, name and descriptor: what identifies the method across its code versions
 * @param versions  its stored code versions, by creation time
 */
record StoredMethod(String name, String signature, List<StoredVersion> versions) {

    /** The persisted methods of a cache directory, by name. */
    static List<StoredMethod> in(CacheDirectory cache) {
        Map<String, List<StoredVersion>> bySignature = new LinkedHashMap<>();
        for (StoredVersion version : cache.versions()) {
            bySignature.computeIfAbsent(version.signature(), signature -> new ArrayList<>()).add(version);
        }
        return bySignature.values().stream()
                .map(versions -> new StoredMethod(versions.get(0).method(), versions.get(0).signature(),
                        List.copyOf(versions)))
                .toList();
    }

    /** The version created last: the one the current code most likely uses. */
    StoredVersion newest() {
        return versions.get(versions.size() - 1);
    }

    /** The folder holding all of the method's versions. */
    Path directory() {
        return versions.get(0).directory().getParent();
    }
}
