package dev.memoria;

/**
 * Maps a value of a type Memoria cannot hash to a value it can, like an entry of Streamlit's {@code hash_funcs}.
 *
 * <p>Implementations name the type they handle as the type argument and need a no-argument constructor:
 * <pre>{@code
 * final class ConnectionHasher implements Hasher<java.sql.Connection> {
 *     public Object hash(java.sql.Connection c) throws Exception { return c.getMetaData().getURL(); }
 * }
 * }</pre>
 * A hasher applies to its type and its subtypes, wherever the value appears in the arguments (nested in a list, a
 * record, ...). The result is hashed with the usual rules; it should be small and must be deterministic, or every
 * call misses.
 *
 * @param <T> the type this hasher handles
 */
@FunctionalInterface
public interface Hasher<T> {

    /**
     * Returns a hashable stand-in for {@code value}: a string, a number, a record, a list of those, ...
     *
     * @param value the argument (never {@code null})
     * @return what to hash in its place
     * @throws Exception if the value cannot be hashed; the call then fails with an {@link UnhashableParameterException}
     */
    Object hash(T value) throws Exception;
}
