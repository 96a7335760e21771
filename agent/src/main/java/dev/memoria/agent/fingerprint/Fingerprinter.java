package dev.memoria.agent.fingerprint;

import dev.memoria.internal.site.Manifest;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes method fingerprints: digests of a method's normalized bytecode and of all project code it depends on,
 * stable under recompiling unchanged code and changed by any edit to that code. What enters and what does not is
 * described in {@code docs/fingerprint.md}; in short:
 * <ul>
 *   <li>the method's own code, with constants by value and without debug information;</li>
 *   <li>lambda bodies and local or anonymous classes by content, never by their generated names;</li>
 *   <li>every project method it calls, every project override of a virtual call, the static initializers of the
 *       non-constant statics it reads, transitively, with recursion hashed order-independently;</li>
 *   <li>not library or JDK code, and no annotation (so editing a cache's {@code ttl} keeps its entries).</li>
 * </ul>
 *
 * <p>A fingerprinter memoizes every class it reads and every hash it computes, so it is a snapshot: use one per
 * transformed class, or one per build before any class is rewritten. It is not thread-safe. It never loads classes,
 * and a class file its source cannot provide or parse is treated as library code.
 */
public final class Fingerprinter {

    /** Salt: changing the algorithm must change every fingerprint. */
    public static final String SCHEMA = "memoria-fingerprint-1";

    /** SHA-256 truncated to 128 bits: collisions stay out of reach, and keys stay short. */
    private static final int FINGERPRINT_BYTES = 16;

    private final ClassRepository classes;
    private final ContentHasher content;
    private final ComponentHasher components;
    private final CallGraph graph;
    private final ManifestWalk manifests;

    /**
     * Creates a fingerprinter that reads class files from {@code source}.
     *
     * @param source where class files are found and which of them are project code
     */
    public Fingerprinter(ClassSource source) {
        ClassSource failSafe = new FailSafeClassSource(source);
        this.classes = new ClassRepository(failSafe);
        this.content = new ContentHasher(classes);
        this.graph = new CallGraph(classes, List.of(
                new InvocationRule(classes, new TypeHierarchy(failSafe)),
                new StaticInitializerRule(classes),
                new LocalClassRule(classes)));
        this.components = new ComponentHasher(graph, content);
        this.manifests = new ManifestWalk(classes, graph, content);
    }

    /**
     * Fingerprints methods of one class.
     *
     * @param ownerClassFile the ORIGINAL bytes of the class declaring the methods (before any instrumentation); they
     *                       take the place of the source's copy of that class
     * @param methods        method keys "name" + descriptor, e.g. "compute(I)I"
     * @return method key -> fingerprint: 32 lowercase hex chars (SHA-256 truncated to 128 bits), in the order given
     * @throws IllegalArgumentException when the bytes are not a readable class file or a method is not declared in it
     */
    public Map<String, String> fingerprints(byte[] ownerClassFile, Collection<String> methods) {
        ParsedClass owner = classes.addOriginal(ownerClassFile);
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String key : methods) {
            MethodRef method = owner.method(key)
                    .map(node -> new MethodRef(owner.name(), node.name, node.desc))
                    .orElseThrow(() -> new IllegalArgumentException(owner.name() + " declares no method " + key));
            // The local hash tells apart the members of one component, which share the component hash.
            byte[] digest = new HashBuilder()
                    .putString(SCHEMA)
                    .putBytes(content.localHash(method))
                    .putBytes(components.hashOf(method))
                    .finish();
            fingerprints.put(key, HashBuilder.hex(Arrays.copyOf(digest, FINGERPRINT_BYTES)));
        }
        return Collections.unmodifiableMap(fingerprints);
    }

    /**
     * The members a method's fingerprint covers, each with its own digest and the member it is reached from, for
     * naming what changed between two code versions.
     *
     * @param owner  the internal name of a class whose original bytes were given to {@link #fingerprints}
     * @param method a method key of that class, as for {@link #fingerprints}
     * @throws IllegalArgumentException when that class was not fingerprinted or does not declare the method
     */
    public Manifest manifest(String owner, String method) {
        return manifests.of(declared(owner, method));
    }

    /** A method of a class given to {@link #fingerprints}, by its key. */
    private MethodRef declared(String owner, String method) {
        int split = method.indexOf('(');
        MethodRef ref = new MethodRef(owner, method.substring(0, Math.max(split, 0)), method.substring(Math.max(split, 0)));
        if (split <= 0 || classes.method(ref).isEmpty()) {
            throw new IllegalArgumentException(owner + " declares no method " + method);
        }
        return ref;
    }

    /**
     * The hidden reads of a method of the class last given to {@link #fingerprints}: values its key cannot see, read
     * by the method or by project code it reaches, each kind of read once (where the shortest call path finds it
     * first), in the order a breadth-first walk of the call graph meets them. The walk reuses the call graph the
     * fingerprint built.
     *
     * @param ownerInternalName the class declaring the method, e.g. {@code com/acme/Calc}
     * @param method            the method key, e.g. {@code compute(I)I}
     */
    public List<HiddenRead> hiddenReads(String ownerInternalName, String method) {
        MethodRef start = declared(ownerInternalName, method);
        Map<MethodRef, MethodRef> reachedFrom = new HashMap<>();
        reachedFrom.put(start, start);
        Deque<MethodRef> queue = new ArrayDeque<>(List.of(start));
        Map<String, HiddenRead> found = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            MethodRef reader = queue.remove();
            for (HiddenRead read : graph.hiddenReads(reader)) {
                found.putIfAbsent(read.kind() + " " + read.source() + " " + read.name(),
                        read.at(pathTo(reader, reachedFrom)));
            }
            for (MethodRef callee : graph.callees(reader)) {
                if (reachedFrom.putIfAbsent(callee, reader) == null) {
                    queue.add(callee);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static List<HiddenRead.Method> pathTo(MethodRef end, Map<MethodRef, MethodRef> reachedFrom) {
        Deque<HiddenRead.Method> path = new ArrayDeque<>();
        for (MethodRef at = end; ; at = reachedFrom.get(at)) {
            path.addFirst(new HiddenRead.Method(at.owner(), at.name(), at.descriptor()));
            if (reachedFrom.get(at).equals(at)) {
                return List.copyOf(path);
            }
        }
    }
}
