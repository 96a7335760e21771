package dev.memoria.agent.transform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the advice parameter that receives the method's {@code Site}: the weaver binds it to an
 * {@code invokedynamic} whose bootstrap argument is the method's encoded site descriptor.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface SiteRef {
}
