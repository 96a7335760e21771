package dev.memoria.agent.ui;

/** A public static method of a toolkit, written {@code com.acme.Ui#active}: found by name and parameter count. */
record StaticMethod(String owner, String name) {

    /** @throws IllegalArgumentException when {@code text} is not {@code class#method} */
    static StaticMethod parse(String text) {
        int hash = text.indexOf('#');
        String owner = hash < 0 ? "" : text.substring(0, hash).trim();
        String name = hash < 0 ? "" : text.substring(hash + 1).trim();
        if (!TypeNames.isTypeName(owner) || !TypeNames.isIdentifier(name)) {
            throw new IllegalArgumentException("'" + text + "' is not a static method: write class#method, e.g."
                    + " com.acme.Ui#active");
        }
        return new StaticMethod(owner, name);
    }

    @Override
    public String toString() {
        return owner + "#" + name;
    }
}
