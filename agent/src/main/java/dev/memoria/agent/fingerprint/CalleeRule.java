package dev.memoria.agent.fingerprint;

import java.util.function.Consumer;

/** One way in which what a method computes depends on other project methods. */
interface CalleeRule {

    /** Passes on the project methods that one reference in the caller's code makes it depend on. */
    void addCallees(MemberReference reference, Consumer<MethodRef> callees);
}
