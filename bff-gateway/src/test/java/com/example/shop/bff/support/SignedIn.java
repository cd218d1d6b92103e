package com.example.shop.bff.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.example.shop.support.security.SecuritySettings;
import com.example.shop.support.security.TokenAuthentication;
import com.example.shop.testsupport.security.TestIssuer;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * A test runs as a person signed in through the UI: an access token from the
 * {@link TestIssuer} ({@code azp} = {@code ui-app}, these roles), read exactly as
 * {@code /bff/v1} reads a bearer token, so the BFF relays a real token the backends
 * check.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WithSecurityContext(factory = SignedIn.Factory.class)
public @interface SignedIn {

	/** The user ({@code sub}). */
	String value() default "tester";

	/** The roles ({@code SALES}, {@code BILLING}, {@code ADMIN}). */
	String[] roles();

	/** Builds the security context from a freshly minted token. */
	final class Factory implements WithSecurityContextFactory<SignedIn> {

		private static final TokenAuthentication TOKENS = new TokenAuthentication(
				new SecuritySettings("roles", "azp", TestIssuer.BFF_CLIENT));

		@Override
		public SecurityContext createSecurityContext(SignedIn user) {
			Jwt jwt = JwtDecoders.fromIssuerLocation(TestIssuer.get().issuerUri())
				.decode(TestIssuer.get().tokenFor(user.value(), user.roles()));
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(TOKENS.convert(jwt));
			return context;
		}

	}

}
