package com.example.shop.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this deployment reads the identity provider's tokens ({@code app.security}). The
 * issuer itself is {@code app.security.issuer-uri}, which each application's
 * configuration hands to Spring Security's resource server (and ui-app to its OpenID
 * Connect client); the audience is {@code shop-api} everywhere.
 *
 * @param rolesClaim the claim holding the roles ({@code SALES}, {@code BILLING},
 * {@code ADMIN}, {@code SERVICE}); a dotted path reaches into an object
 * ({@code realm_access.roles} for Keycloak)
 * @param clientClaim the claim naming the client a token was issued to ({@code azp}; Okta
 * writes {@code cid})
 * @param bffClientId the UI's (the BFF's) client id: a token issued to it may run saga
 * steps, which the BFF vouches for
 */
@ConfigurationProperties("app.security")
public record SecuritySettings(@DefaultValue("roles") String rolesClaim, @DefaultValue("azp") String clientClaim,
		@DefaultValue("ui-app") String bffClientId) {

}
