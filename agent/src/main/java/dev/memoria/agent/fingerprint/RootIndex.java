package dev.memoria.agent.fingerprint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes under one class-path root with their direct supertypes, as of one {@linkplain ClassPathRoot#version()
 * version} of the root.
 */
record RootIndex(String version, Map<String, List<String>> supertypes) {

    /** The index of a root that cannot be read. */
    static final RootIndex EMPTY = new RootIndex("", Map.of());

    RootIndex {
        supertypes = Map.copyOf(supertypes);
    }

    boolean contains(String internalName) {
        return supertypes.containsKey(internalName);
    }

    Set<String> classes() {
        return supertypes.keySet();
    }
}
