package dev.memoria;

/** The base type of every exception Memoria raises to a caller. Unchecked. */
public abstract class MemoriaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MemoriaException(String message, Throwable cause) {
        super(message, cause);
    }
}
