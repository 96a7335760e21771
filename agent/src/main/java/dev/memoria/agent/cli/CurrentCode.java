package dev.memoria.agent.cli;

import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.fingerprint.Fingerprinter;

import java.nio.file.Path;
import java.util.List;

/**
 * The fingerprints of the code on a class path: what the agent would compute for a cached method if the application
 * started now from that code, so the stored versions with another fingerprint can never be hit again.
 *
 * <p>The class path must hold the application's own classes, not its libraries: the agent counts as project code
 * only the directory or jar of a cached method's class and the class path's directories, and a library walked into
 * would change the fingerprint. Give the application's {@code target/classes} (and its sibling modules'), or its own
 * jar.
 */
final class CurrentCode {

    private final ClassSource classes;
    private final Fingerprinter fingerprinter;

    CurrentCode(List<Path> classPath) {
        this.classes = ClassSource.forClassPath(classPath);
        this.fingerprinter = new Fingerprinter(classes);
    }

    /** What the code on the class path says about one stored method. */
    sealed interface Verdict {
    }

    /** The method's class is on the class path and its code has this fingerprint. */
    record Fingerprint(String value) implements Verdict {
    }

    /** The class is not on the class path: nothing can be said about the method's versions. */
    record ClassNotFound(String className) implements Verdict {
    }

    /** The class is on the class path but no longer declares the method. */
    record MethodNotDeclared(String className) implements Verdict {
    }

    /** @param signature a stored method's owner, name and descriptor, e.g. {@code example.Reports.load(I)Ljava/lang/Object;} */
    Verdict of(String signature) {
        int parameters = signature.indexOf('(');
        String qualifiedName = signature.substring(0, parameters);
        String className = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        String methodKey = qualifiedName.substring(className.length() + 1) + signature.substring(parameters);
        byte[] classFile = classes.classFile(className.replace('.', '/'));
        if (classFile == null) {
            return new ClassNotFound(className);
        }
        try {
            return new Fingerprint(fingerprinter.fingerprints(classFile, List.of(methodKey)).get(methodKey));
        } catch (IllegalArgumentException notDeclared) {
            return new MethodNotDeclared(className);
        }
    }
}
