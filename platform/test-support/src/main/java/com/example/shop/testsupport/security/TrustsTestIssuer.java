package com.example.shop.testsupport.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the application under a Spring test trust the per-JVM {@link TestIssuer}
 * ({@code app.security.issuer-uri}), so tests call it with tokens they mint. Part of
 * {@code @PostgresServiceTest}; add it to other service tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface TrustsTestIssuer {

}
