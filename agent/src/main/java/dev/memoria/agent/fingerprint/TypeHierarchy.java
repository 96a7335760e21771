package dev.memoria.agent.fingerprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * The project subtypes of a type, from the project classes a source lists. Built on first use, since only calls
 * dispatched on project types need it.
 */
final class TypeHierarchy {

    private final ClassSource source;
    private Map<String, List<String>> directSubtypes;
    private final Map<String, Set<String>> subtypes = new HashMap<>();

    TypeHierarchy(ClassSource source) {
        this.source = source;
    }

    /** Every project class that extends or implements {@code type}, directly or not. */
    Set<String> subtypes(String type) {
        return subtypes.computeIfAbsent(type, this::findSubtypes);
    }

    private Set<String> findSubtypes(String type) {
        Set<String> found = new LinkedHashSet<>();
        Queue<String> pending = new ArrayDeque<>(directSubtypes().getOrDefault(type, List.of()));
        while (!pending.isEmpty()) {
            String subtype = pending.remove();
            if (found.add(subtype)) {
                pending.addAll(directSubtypes().getOrDefault(subtype, List.of()));
            }
        }
        return Collections.unmodifiableSet(found);
    }

    private Map<String, List<String>> directSubtypes() {
        if (directSubtypes == null) {
            directSubtypes = new HashMap<>();
            for (String type : source.projectClasses()) {
                for (String supertype : source.supertypes(type)) {
                    directSubtypes.computeIfAbsent(supertype, key -> new ArrayList<>()).add(type);
                }
            }
        }
        return directSubtypes;
    }
}
