package dev.memoria.agent.fingerprint;

/** A method by its declaring class, name and descriptor: a node of the call graph. */
record MethodRef(String owner, String name, String descriptor) {

    /** The static initializer of a class. */
    static MethodRef staticInitializerOf(String owner) {
        return new MethodRef(owner, "<clinit>", "()V");
    }

    /** The method key of {@link Fingerprinter#fingerprints}: name followed by descriptor, e.g. {@code compute(I)I}. */
    String key() {
        return name + descriptor;
    }

    /** {@code owner.name(descriptor)}: the '.' keeps it apart from every internal class name. */
    @Override
    public String toString() {
        return owner + '.' + key();
    }
}
