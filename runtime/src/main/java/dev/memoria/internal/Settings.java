package dev.memoria.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The user settings of the API's settings table. A system property wins over the environment variable; the agent
 * turns its options ({@code cacheDir=}, {@code disabled}, {@code config=}) into the system properties when those are
 * not already set, so every path into Memoria reads the same place.
 */
public final class Settings {

    public static final String DISABLED_PROPERTY = "memoria.disabled";
    public static final String CACHE_DIR_PROPERTY = "memoria.cache.dir";
    public static final String CONFIG_PROPERTY = "memoria.config";
    public static final String MAX_MEMORY_PROPERTY = "memoria.maxMemory";
    public static final String LIST_MATCHES_PROPERTY = "memoria.listMatches";

    private Settings() {
    }

    /** Whether caching is off: cached methods run as if undecorated. */
    public static boolean disabled() {
        return flag(DISABLED_PROPERTY, "MEMORIA_DISABLED");
    }

    /** Whether the agent lists, when it starts, what the rules file caches on the class path. */
    public static boolean listMatches() {
        return flag(LIST_MATCHES_PROPERTY, "MEMORIA_LIST_MATCHES");
    }

    private static boolean flag(String property, String environment) {
        // no lambda: the agent reads its flags in premain, where each lambda's class is spun
        String value = read(property, environment).orElse("");
        return value.equalsIgnoreCase("true") || value.equals("1") || value.toLowerCase(Locale.ROOT).equals("yes");
    }

    /** The cache directory; {@code .memoria} in the working directory by default. */
    public static Path cacheDirectory() {
        return Path.of(read(CACHE_DIR_PROPERTY, "MEMORIA_CACHE_DIR").orElse(".memoria")).toAbsolutePath();
    }

    /** The rules file for zero-code-change caching, if one is configured. */
    public static Optional<Path> rulesFile() {
        Optional<String> file = read(CONFIG_PROPERTY, "MEMORIA_CONFIG");
        return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file.get()));
    }

    /**
     * The budget of the memory tiers of all cached methods together, as written: a size ({@code 512MB}) or a share of
     * the maximum heap ({@code 25%}); empty for the default. Read by the store package, which parses it.
     */
    public static Optional<String> maxMemory() {
        return read(MAX_MEMORY_PROPERTY, "MEMORIA_MAX_MEMORY");
    }

    private static Optional<String> read(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
