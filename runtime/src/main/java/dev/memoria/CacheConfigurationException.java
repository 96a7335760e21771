package dev.memoria;

import dev.memoria.internal.report.Messages;

/**
 * A cache annotation (or rules-file entry) has an invalid attribute. Raised when the class is instrumented (agent) or
 * woven (build plugin): the agent reports it once and leaves the method uncached, the build plugin fails the build.
 */
public final class CacheConfigurationException extends MemoriaException {

    private static final long serialVersionUID = 1L;

    private final String method;

    /**
     * @param method  the method the configuration belongs to, e.g. {@code example.Reports.load(int)}
     * @param problem what is wrong and how to fix it
     */
    public CacheConfigurationException(String method, String problem) {
        super(Messages.invalidConfiguration(method, problem), null);
        this.method = method;
    }

    /** The method the configuration belongs to. */
    public String method() {
        return method;
    }
}
