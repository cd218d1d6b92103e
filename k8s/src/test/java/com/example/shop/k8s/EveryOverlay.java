package com.example.shop.k8s;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A test run once for each overlay of {@link Kustomize#OVERLAYS}, given the overlay's
 * name ({@code String overlay}) to render with {@link Kustomize#overlay}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@FieldSource("com.example.shop.k8s.Kustomize#OVERLAYS")
@interface EveryOverlay {

}
