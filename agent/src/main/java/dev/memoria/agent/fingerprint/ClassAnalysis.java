package dev.memoria.agent.fingerprint;

import dev.memoria.internal.site.Manifest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the weaver learns from one walk over the cached methods of a class: each method's fingerprint, the manifest of
 * the members it covers, and its hidden reads. Computed together because they come from the same call graph, and
 * kept together by {@link FingerprintCache} so that a JVM reading a fingerprint back also has the rest.
 *
 * @param fingerprints by method key
 * @param manifests    by method key
 * @param hiddenReads  by method key
 */
public record ClassAnalysis(Map<String, String> fingerprints, Map<String, Manifest> manifests,
                            Map<String, List<HiddenRead>> hiddenReads) {

    public ClassAnalysis {
        fingerprints = Map.copyOf(fingerprints);
        manifests = Map.copyOf(manifests);
        hiddenReads = Map.copyOf(hiddenReads);
    }

    /**
     * Walks the cached methods of a class.
     *
     * @param owner     the class's internal name
     * @param classFile its original bytes
     * @param methods   the keys of its cached methods, e.g. {@code load(I)Ljava/lang/String;}
     */
    public static ClassAnalysis of(Fingerprinter fingerprinter, String owner, byte[] classFile,
                                   Collection<String> methods) {
        Map<String, String> fingerprints = fingerprinter.fingerprints(classFile, methods);
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        Map<String, List<HiddenRead>> hiddenReads = new LinkedHashMap<>();
        for (String method : methods) {
            manifests.put(method, fingerprinter.manifest(owner, method));
            hiddenReads.put(method, fingerprinter.hiddenReads(owner, method));
        }
        return new ClassAnalysis(fingerprints, manifests, hiddenReads);
    }
}
