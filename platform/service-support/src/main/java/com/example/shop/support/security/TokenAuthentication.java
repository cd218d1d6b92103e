package com.example.shop.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a validated access token as the shop's {@link Authorities}: the roles from the
 * configured claim ({@link SecuritySettings#rolesClaim()}, a dotted path into the
 * claims), and {@link Authorities#VIA_BFF} when its client claim names the UI's client.
 * The authentication's name is the token's {@code sub}. Every service and ui-app's
 * {@code /bff/v1} read tokens this one way.
 */
public final class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecuritySettings settings;

	public TokenAuthentication(SecuritySettings settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		return new JwtAuthenticationToken(jwt, authorities(jwt.getClaims()), jwt.getSubject());
	}

	/** The authorities these claims grant. */
	public Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		roles(claims, this.settings.rolesClaim())
			.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		if (this.settings.bffClientId().equals(claims.get(this.settings.clientClaim()))) {
			authorities.add(new SimpleGrantedAuthority(Authorities.VIA_BFF));
		}
		return authorities;
	}

	/**
	 * The values of the roles claim at {@code path} ({@code roles},
	 * {@code realm_access.roles}): a list, or one string of roles separated by spaces or
	 * commas.
	 */
	public static List<String> roles(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String step : path.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(step) : null;
		}
		List<String> roles = new ArrayList<>();
		if (value instanceof Collection<?> values) {
			values.forEach((role) -> roles.add(String.valueOf(role)));
		}
		else if (value instanceof String text) {
			for (String role : text.split("[\\s,]+")) {
				if (!role.isBlank()) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

}
