package dev.memoria;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches the return value of a method, like Streamlit's {@code st.cache_data}.
 *
 * <p>A call with the same arguments, under the same code, returns the stored result without running the body. The
 * value is stored serialized: the caller that computed it gets the original object and every later caller gets a
 * fresh deep copy, so mutating a returned value never changes the cache. Use {@link CacheResource} for objects that
 * must be shared rather than copied (connections, models, pools).
 *
 * <p>The key is the method (its class, name, descriptor and a fingerprint of its bytecode and the project code it
 * calls) plus the arguments, and the receiver for instance methods. Editing the method or a project method it calls
 * starts a new cache; recompiling unchanged code does not. Exceptions thrown by the method are never cached.
 *
 * <p>The annotation takes effect when the class is instrumented: run with {@code -javaagent:memoria-agent.jar}, weave
 * at build time with {@code memoria-maven-plugin}, or call {@link Memoria#install()} at startup. Invalid attribute
 * values are reported once when the class is instrumented and leave the method uncached.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CacheData {

    /**
     * How long an entry lives after it was written; {@code ""} keeps entries until they are evicted or cleared.
     * Accepts {@code "90s"}, {@code "10m"}, {@code "1h"}, {@code "1d23h"}, {@code "1.5 days"},
     * {@code "1 day 23hr 45minutes"} and ISO-8601 durations such as {@code "PT1H"}.
     */
    String ttl() default "";

    /** The most entries kept; {@code -1} means unbounded. {@code 0} and values below {@code -1} are invalid. */
    int maxEntries() default -1;

    /** The most bytes kept, measured by serialized size, e.g. {@code "512MB"} or {@code "2GiB"}; {@code ""} means unbounded. */
    String maxSize() default "";

    /** Where entries are kept; {@link Persist#DISK} keeps them across JVM restarts in the cache directory. */
    Persist persist() default Persist.NONE;

    /** Keeps stored entries off the Java heap. */
    boolean offHeap() default false;

    /** Shows progress while a miss computes: a spinner in the UI, or one line on stderr after 0.5 s on a console. */
    boolean showSpinner() default true;

    /** The progress text; {@code ""} uses {@code Running `Class.method(...)`.} */
    String spinnerText() default "";

    /** {@link Scope#SESSION} keeps one cache per UI session, dropped when the session ends. */
    Scope scope() default Scope.GLOBAL;

    /** Makes the values of widgets read inside the method part of its key. */
    boolean allowWidgets() default false;

    /** Hashers for argument types Memoria cannot hash by itself, like Streamlit's {@code hash_funcs}. */
    Class<? extends Hasher<?>>[] hashers() default {};

    /**
     * {@link Refresh#BACKGROUND} serves an expired entry while one background computation refreshes it, for
     * {@link #maxStale()} after the {@link #ttl()} (which it requires); {@link Refresh#FOREGROUND} recomputes on the
     * caller's thread. A background refresh that throws keeps the stale value and is retried after 60 seconds at the
     * earliest; UI calls of the method are not replayed in this mode.
     */
    Refresh refresh() default Refresh.FOREGROUND;

    /**
     * With {@code refresh = BACKGROUND}: how long past the {@code ttl} a stale entry may still be served while it is
     * refreshed, in the formats of {@link #ttl()}; {@code ""} means as long as the {@code ttl}. After that the entry
     * is gone and the next call computes in the foreground.
     */
    String maxStale() default "";

    /**
     * Adds the elapsed time to the progress of a miss (the page spinner and the console line), updated while it
     * runs.
     */
    boolean showTime() default false;

    /**
     * Inputs the method reads that are not its arguments, whose current values join its key: {@code "env:REGION"}
     * (an environment variable), {@code "property:app.mode"} (a system property), {@code "file:data/sales.csv"} (a
     * file, by content: editing it misses, touching it does not) or {@code "file:data/**}{@code /*.csv"} (the files a
     * glob matches, listed again on every call). See {@code docs/inputs.md} for the cost and the rules.
     */
    String[] inputs() default {};

    /**
     * Whether the weaver reports the hidden inputs it finds in the method and the project code it calls: reads of
     * the environment, system properties, files, resources, the clock, randomness or mutable static fields, which
     * the key cannot see. {@link HiddenInputs#IGNORE} accepts them silently.
     */
    HiddenInputs hiddenInputs() default HiddenInputs.REPORT;
}
