package com.example.shop.e2e.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of journeys: each test gets a {@link Shop} parameter (browsers, its own
 * test data, the backends), carries the {@value Tags#REGRESSION} tag, and leaves a trace,
 * screenshots, console output and server log lines under {@code target/e2e/<test>/} when
 * it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tags.REGRESSION)
@ExtendWith(E2eExtension.class)
public @interface EndToEnd {

}
