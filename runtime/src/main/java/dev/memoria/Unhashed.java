package dev.memoria;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves an argument out of the cache key, like a leading underscore on a Streamlit parameter. Parameters whose name
 * starts with {@code _} are left out too when the class is compiled with {@code -parameters}.
 *
 * <p>To leave out the receiver of an instance method, annotate Java's explicit receiver parameter:
 * <pre>{@code
 * @CacheData
 * List<Row> load(@Unhashed Repository this, int year) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Unhashed {
}
