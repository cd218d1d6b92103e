package com.example.shop.ui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users for the local run and tests: {@code sales}, {@code billing} and
 * {@code admin}, each with the password {@code demo}. Off by default; production takes
 * users from an OpenID Connect provider.
 *
 * @param enabled whether the demo users exist
 */
@ConfigurationProperties("app.security.demo-users")
public record DemoUsersProperties(boolean enabled) {
}
