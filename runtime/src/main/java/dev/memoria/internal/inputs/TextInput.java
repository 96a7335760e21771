package dev.memoria.internal.inputs;

import java.security.MessageDigest;
import java.util.function.UnaryOperator;

/**
 * An environment variable or a system property, keyed by its text; unset is not the same as empty.
 *
 * @param kind   {@code env} or {@code property}: keeps a variable and a property of the same name apart
 * @param name   the variable's or property's name
 * @param lookup reads the current value, {@code null} when unset
 */
record TextInput(String kind, String name, UnaryOperator<String> lookup) implements DeclaredInput {

    static TextInput environment(String name) {
        return new TextInput("env", name, System::getenv);
    }

    static TextInput property(String name) {
        return new TextInput("property", name, System::getProperty);
    }

    @Override
    public void writeCurrent(MessageDigest digest) {
        Digests.text(digest, kind);
        Digests.text(digest, name);
        String value = lookup.apply(name);
        digest.update((byte) (value == null ? 0 : 1));
        if (value != null) {
            Digests.text(digest, value);
        }
    }
}
