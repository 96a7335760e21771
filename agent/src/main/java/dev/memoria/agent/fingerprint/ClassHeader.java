package dev.memoria.agent.fingerprint;

import org.objectweb.asm.ClassReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reads the supertypes from a class file's header without parsing its members. */
final class ClassHeader {

    private ClassHeader() {
    }

    /**
     * Returns the superclass (absent for {@code java/lang/Object} and modules) followed by the interfaces, or empty
     * when the bytes are not a class file this ASM version can read.
     */
    static Optional<List<String>> supertypes(byte[] classFile) {
        try {
            ClassReader reader = new ClassReader(classFile);
            List<String> supertypes = new ArrayList<>();
            if (reader.getSuperName() != null) {
                supertypes.add(reader.getSuperName());
            }
            Collections.addAll(supertypes, reader.getInterfaces());
            return Optional.of(List.copyOf(supertypes));
        } catch (RuntimeException unreadable) {
            // ASM signals truncated or too-new class files with unchecked exceptions; such a class stays unknown.
            return Optional.empty();
        }
    }
}
