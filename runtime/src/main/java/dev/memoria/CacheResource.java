package dev.memoria;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches one shared object per key, like Streamlit's {@code st.cache_resource}.
 *
 * <p>Every caller, in every thread, gets the <em>same</em> object: nothing is copied, so the object must be safe to
 * share (a connection pool, a loaded model, a client). Keys, invalidation on code change and exception handling work
 * as for {@link CacheData}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CacheResource {

    /** How long an entry lives after it was written; see {@link CacheData#ttl()} for the accepted formats. */
    String ttl() default "";

    /** The most entries kept; {@code -1} means unbounded. {@code 0} and values below {@code -1} are invalid. */
    int maxEntries() default -1;

    /** Shows progress while a miss computes. */
    boolean showSpinner() default true;

    /** The progress text; {@code ""} uses {@code Running `Class.method(...)`.} */
    String spinnerText() default "";

    /** {@link Scope#SESSION} keeps one cache per UI session, dropped when the session ends. */
    Scope scope() default Scope.GLOBAL;

    /** Makes the values of widgets read inside the method part of its key. */
    boolean allowWidgets() default false;

    /** Hashers for argument types Memoria cannot hash by itself. */
    Class<? extends Hasher<?>>[] hashers() default {};

    /**
     * The name of a method {@code boolean m(T value)} in the same class, called with the cached object on every hit;
     * {@code false} drops the entry (releasing it) and computes a new one. It may be static, or an instance method
     * when the cached method is one (it is then called on the current receiver).
     */
    String validate() default "";

    /**
     * The name of a method {@code void m(T value)} in the same class, called when an entry leaves the cache: expiry,
     * eviction, {@code clear}, or a failed {@link #validate()}. It may be static, or an instance method when the cached
     * method is one (it is then called on the receiver that created the entry).
     */
    String onRelease() default "";

    /** For large primitive data: held off-heap once and handed out without copying. */
    boolean offHeap() default false;

    /** Stale-while-revalidate; see {@link CacheData#refresh()}. */
    Refresh refresh() default Refresh.FOREGROUND;

    /** How long past the {@code ttl} a stale entry may be served while refreshed; see {@link CacheData#maxStale()}. */
    String maxStale() default "";

    /** Adds the elapsed time to the progress of a miss; see {@link CacheData#showTime()}. */
    boolean showTime() default false;

    /** Inputs that are not arguments, whose current values join the key; see {@link CacheData#inputs()}. */
    String[] inputs() default {};

    /** Whether hidden inputs found at weave time are reported; see {@link CacheData#hiddenInputs()}. */
    HiddenInputs hiddenInputs() default HiddenInputs.REPORT;
}
