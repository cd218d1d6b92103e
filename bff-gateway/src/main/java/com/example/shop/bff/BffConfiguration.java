package com.example.shop.bff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Everything the BFF brings to the application that hosts it: backends, composite
 * services, {@code /bff/v1}, and method security so roles hold whoever calls. Its
 * packages are found by scanning, so this root package names none of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BffProperties.class)
@EnableMethodSecurity
@ComponentScan
public class BffConfiguration {

	/**
	 * The UI's one manager of OAuth2 tokens, for the backend calls and the UI alike; not
	 * configured where the host has no OAuth2 client (then only relayed bearer tokens
	 * work).
	 */
	@Bean
	AuthorizedClients authorizedClients(ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<OAuth2AuthorizedClientService> tokens) {
		return AuthorizedClients.of(registrations.getIfAvailable(), tokens.getIfAvailable());
	}

}
