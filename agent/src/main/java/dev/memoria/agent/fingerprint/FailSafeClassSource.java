package dev.memoria.agent.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Shields the fingerprinter from a failing source. A class file transformer must never throw, and a source may be
 * user code or a class loader in a bad state; a class the source cannot answer for is simply unknown: no class
 * file, not project code, no supertypes.
 */
final class FailSafeClassSource implements ClassSource {

    private final ClassSource delegate;

    FailSafeClassSource(ClassSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public byte[] classFile(String internalName) {
        try {
            return delegate.classFile(internalName);
        } catch (RuntimeException failure) {
            return null;
        }
    }

    @Override
    public boolean isProject(String internalName) {
        try {
            return delegate.isProject(internalName);
        } catch (RuntimeException failure) {
            return false;
        }
    }

    /** Copies the listing, since iterating it may fail too. */
    @Override
    public Iterable<String> projectClasses() {
        List<String> classes = new ArrayList<>();
        try {
            delegate.projectClasses().forEach(classes::add);
        } catch (RuntimeException failure) {
            // keep what was listed before the failure
        }
        return classes;
    }

    @Override
    public List<String> supertypes(String internalName) {
        try {
            List<String> supertypes = delegate.supertypes(internalName);
            return supertypes == null ? List.of() : supertypes;
        } catch (RuntimeException failure) {
            return List.of();
        }
    }
}
