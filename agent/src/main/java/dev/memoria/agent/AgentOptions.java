package dev.memoria.agent;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.Settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent's options, {@code -javaagent:memoria-agent.jar=cacheDir=/tmp/cache,config=rules.txt,disabled}. Unknown
 * options are rejected rather than ignored: a misspelt {@code disabled} must not leave caching on unnoticed. The
 * value of {@code remote=} may hold commas ({@code redis-cluster://h:6379,h:6380}): a part after it without an
 * {@code =} that names no option continues it. Messages never repeat the options' text, which may hold a password.
 */
final class AgentOptions {

    private static final Map<String, String> PROPERTIES = Map.of(
            "cacheDir", Settings.CACHE_DIR_PROPERTY,
            "config", Settings.CONFIG_PROPERTY,
            "disabled", Settings.DISABLED_PROPERTY,
            "maxMemory", Settings.MAX_MEMORY_PROPERTY,
            "listMatches", Settings.LIST_MATCHES_PROPERTY,
            "remote", Settings.REMOTE_PROPERTY,
            "explain", Settings.EXPLAIN_PROPERTY);

    private final Map<String, String> values;

    private AgentOptions(Map<String, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException naming the bad option and listing the known ones */
    static AgentOptions parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            String previous = null;
            for (String option : text.split(",")) {
                int equals = option.indexOf('=');
                String key = (equals < 0 ? option : option.substring(0, equals)).trim();
                if ("remote".equals(previous) && equals < 0 && !PROPERTIES.containsKey(key)) {
                    values.merge("remote", option.trim(), (address, host) -> address + "," + host);
                    continue;
                }
                String value = equals < 0 ? "true" : option.substring(equals + 1).trim();
                if (!PROPERTIES.containsKey(key)) {
                    throw new IllegalArgumentException(Messages.unknownOption(key));
                }
                previous = key;
                if (value.isEmpty()) {
                    throw new IllegalArgumentException(Messages.optionWithoutValue(key));
                }
                values.put(key, value);
            }
        }
        return new AgentOptions(values);
    }

    /** Hands the options to the runtime as system properties; a property set on the command line wins. */
    void applyAsSystemProperties() {
        for (Map.Entry<String, String> option : values.entrySet()) {
            String property = PROPERTIES.get(option.getKey());
            if (System.getProperty(property) == null) {
                System.setProperty(property, option.getValue());
            }
        }
    }
}
