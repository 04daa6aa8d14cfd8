package org.boundarykit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: generated classes stay package-private behind the abstract
 * types and their static builders, use only the JDK, and carry no annotations from jars users do
 * not have. Source retention, so nothing of Immutables reaches the class files users compile
 * against.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    unsafeDefaultAndDerived = true,
    mergeFromSupertypesDynamically = false,
    defaults = @Value.Immutable(copy = false))
public @interface BoundaryStyle {}
