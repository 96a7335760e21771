package dev.memoria.agent.cli;

import dev.memoria.internal.store.remote.RemoteAdmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code persist = REMOTE} method and its code versions in the shared store, oldest write first.
 *
 * @param name      the method as people read it, e.g. {@code example.Reports.load(int)}
 * @param signature owner, name and descriptor: what identifies the method across its code versions
 * @param versions  its code versions in the store
 */
record RemoteMethod(String name, String signature, List<RemoteAdmin.Version> versions) {

    /** The methods of the store, by name. */
    static List<RemoteMethod> in(RemoteAdmin store) {
        Map<String, List<RemoteAdmin.Version>> bySignature = new LinkedHashMap<>();
        for (RemoteAdmin.Version version : store.versions()) {
            bySignature.computeIfAbsent(version.signature(), signature -> new ArrayList<>()).add(version);
        }
        return bySignature.values().stream()
                .map(versions -> new RemoteMethod(versions.get(0).method(), versions.get(0).signature(),
                        List.copyOf(versions)))
                .toList();
    }

    long entries() {
        return versions.stream().mapToLong(RemoteAdmin.Version::entries).sum();
    }

    long bytes() {
        return versions.stream().mapToLong(RemoteAdmin.Version::bytes).sum();
    }

    /** The JSON of {@code list}: the method and every version with what it holds. */
    JsonObject json() {
        return new JsonObject()
                .put("method", name)
                .put("signature", signature)
                .put("versions", versions.stream().map(version -> new JsonObject()
                        .put("fingerprint", version.fingerprint())
                        .put("entries", version.entries())
                        .put("bytes", version.bytes())
                        .put("oldestWrite", version.oldestWrite())
                        .put("newestWrite", version.newestWrite())).toList());
    }
}
