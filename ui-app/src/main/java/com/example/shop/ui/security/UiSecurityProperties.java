package com.example.shop.ui.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The UI's side of the identity settings ({@code app.security}; the rest, the issuer, the
 * roles claim and the client id, are shared with every service).
 *
 * @param issuerUri the identity provider
 * @param clientSecret the UI's client secret at the provider (no default: the local run
 * hands one to both sides, a deployment takes it from its secret store)
 * @param allowedOrigins browser origins other than the UI's own that may call
 * {@code /bff/v1} (CORS); none by default
 * @param accountUri where the identity provider keeps a person's language ({@code PUT},
 * the shop's own provider's {@code /account/locale}); unset with any other issuer, and
 * then a chosen language is the browser's alone (its cookie)
 */
@ConfigurationProperties("app.security")
public record UiSecurityProperties(URI issuerUri, String clientSecret, @DefaultValue List<String> allowedOrigins,
		URI accountUri) {
}
