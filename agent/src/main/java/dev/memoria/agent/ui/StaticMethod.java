package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;

/** A public static method of a toolkit, written {@code com.acme.Ui::active}: found by name and parameter count. */
record StaticMethod(String owner, String name) {

    /** @throws IllegalArgumentException when {@code text} is not {@code class::method} */
    static StaticMethod parse(String text) {
        int separator = text.indexOf("::");
        String owner = separator < 0 ? "" : text.substring(0, separator).trim();
        String name = separator < 0 ? "" : text.substring(separator + 2).trim();
        if (!TypeNames.isTypeName(owner) || !TypeNames.isIdentifier(name)) {
            throw new IllegalArgumentException(Messages.notAStaticMethod(text));
        }
        return new StaticMethod(owner, name);
    }

    @Override
    public String toString() {
        return owner + "::" + name;
    }
}
