package com.example.shop.ui.security;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HTTP Basic with the demo users on {@code /bff/v1}: only in the local run, which turns
 * it on; off in every deployed configuration. A Basic user is signed in at the identity
 * provider through its login form ({@link DemoSignIn}), so the BFF relays a real token
 * for them like for anyone else, and the users and their roles live in the provider only.
 *
 * @param enabled whether {@code /bff/v1} takes HTTP Basic
 * @param redirectUri a redirect URI the provider has registered for the UI's client
 * ({@code <ui>/login/oauth2/code/shop}); the sign-in reads the code from it without
 * following it
 */
@ConfigurationProperties("app.security.demo-users")
public record DemoUsersProperties(boolean enabled, URI redirectUri) {
}
