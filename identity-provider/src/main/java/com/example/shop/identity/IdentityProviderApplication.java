package com.example.shop.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The shop's OpenID Connect provider where no company provider is at hand: the local run,
 * the e2e suite and the dev overlay. Deployments point the UI and the backends at their
 * own issuer instead (docs/security.md); nothing else in the shop depends on this one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

	public static void main(String[] args) {
		SpringApplication.run(IdentityProviderApplication.class, args);
	}

}
