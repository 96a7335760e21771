package dev.memoria;

import dev.memoria.internal.report.Messages;

/**
 * A {@link CacheData} method returned a value that cannot be stored as a copy. Objects such as connections, streams,
 * threads and locks are resources, not data: cache them with {@link CacheResource}, which shares one object instead of
 * handing out copies. The call that computed the value fails; nothing is cached.
 */
public final class UnserializableReturnValueException extends MemoriaException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String typeName;

    /**
     * @param method    the cached method
     * @param typeName  the type of the returned value
     * @param offending the type inside the value that cannot be copied (may equal {@code typeName})
     * @param cause     the serializer's exception
     */
    public UnserializableReturnValueException(String method, String typeName, String offending, Throwable cause) {
        super(Messages.unserializableReturnValue(method, typeName, offending, rootMessage(cause)), cause);
        this.method = method;
        this.typeName = typeName;
    }

    /** The cached method. */
    public String method() {
        return method;
    }

    /** The type of the value the method returned. */
    public String typeName() {
        return typeName;
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
