package dev.memoria.agent.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic methods and local classes whose content is being hashed, innermost first. Hashing them by content
 * is recursive (an anonymous class refers to the anonymous class nested in it, which refers back through
 * {@code this$0}), so a reference to something already being expanded is written as its depth in this chain: the
 * hash stays finite and still holds no compiler-generated name.
 *
 * @param frames class internal names and {@link MethodRef#toString() method references}, innermost first
 */
record Expansion(List<String> frames) {

    static final Expansion NONE = new Expansion(List.of());

    Expansion {
        frames = List.copyOf(frames);
    }

    Expansion enter(String frame) {
        List<String> entered = new ArrayList<>(frames.size() + 1);
        entered.add(frame);
        entered.addAll(frames);
        return new Expansion(entered);
    }

    /** The depth of {@code frame} (0 for the innermost), or -1 when it is not being expanded. */
    int depthOf(String frame) {
        return frames.indexOf(frame);
    }
}
