package dev.memoria.agent.fingerprint;

import java.util.function.Consumer;

/**
 * Referring to a local or anonymous class depends on all of its methods. Its content is hashed into the referring
 * method as a whole, and its methods typically run when library code calls them back (an executor calling
 * {@code run()}), where no call instruction of the project points at them; so they are walked as callees too.
 */
final class LocalClassRule implements CalleeRule {

    private final ClassRepository classes;

    LocalClassRule(ClassRepository classes) {
        this.classes = classes;
    }

    @Override
    public void addCallees(MemberReference reference, Consumer<MethodRef> callees) {
        if (classes.isLocalOrAnonymous(reference.owner())) {
            ParsedClass localClass = classes.find(reference.owner()).orElseThrow();
            localClass.methods().forEach(method ->
                    callees.accept(new MethodRef(localClass.name(), method.name, method.desc)));
        }
    }
}
