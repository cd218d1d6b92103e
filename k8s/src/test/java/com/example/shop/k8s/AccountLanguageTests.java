package com.example.shop.k8s;

import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the UI keeps a person's chosen language: with the in-cluster identity provider in
 * dev (its {@code /account/locale}, at the issuer the UI signs in with), nowhere but the
 * browser with another issuer, which offers no such address.
 */
class AccountLanguageTests {

	private static Map<String, String> uiSettings(String overlay) {
		return Kustomize.overlay(overlay)
			.all(ConfigMap.class)
			.filter((map) -> map.getMetadata().getName().equals("ui-app"))
			.findFirst()
			.orElseThrow()
			.getData();
	}

	@Test
	void devKeepsTheLanguageWithTheProviderTheUiSignsInWith() {
		Map<String, String> ui = uiSettings("dev");

		assertThat(ui.get("APP_SECURITY_ACCOUNT_URI")).isEqualTo(ui.get("APP_SECURITY_ISSUER_URI") + "/account/locale");
	}

	@Test
	void anotherIssuerIsNotAskedToKeepIt() {
		assertThat(uiSettings("one-cluster")).doesNotContainKey("APP_SECURITY_ACCOUNT_URI");
		assertThat(uiSettings("prod")).doesNotContainKey("APP_SECURITY_ACCOUNT_URI");
	}

}
