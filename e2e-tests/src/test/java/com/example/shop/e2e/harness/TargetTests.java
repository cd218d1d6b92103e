package com.example.shop.e2e.harness;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.example.shop.e2e.backends.Endpoints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Where the suite takes users and backends from when it runs against a deployment. */
class TargetTests {

	private static Properties localRun(String uiUrl) {
		Properties ready = new Properties();
		ready.setProperty("ui.url", uiUrl);
		ready.setProperty("orders.url", "http://127.0.0.1:18081");
		ready.setProperty("billing.url", "http://127.0.0.1:18083");
		ready.setProperty("catalog.grpc.target", "127.0.0.1:19090");
		ready.setProperty("demo.users", "sales,billing,admin");
		ready.setProperty("demo.password", "demo");
		return ready;
	}

	@Test
	void aRunningLocalRunAtThatUrlGivesItsDemoUsersAndBackends() {
		Target target = Target.deployment("http://localhost:18080/", Map.of(),
				Optional.of(localRun("http://127.0.0.1:18080")));

		assertThat(target.baseUrl()).isEqualTo("http://localhost:18080");
		assertThat(target.credentials(Role.BILLING)).isEqualTo(new Credentials("billing", "demo"));
		assertThat(target.endpoints())
			.isEqualTo(new Endpoints("http://127.0.0.1:18081", "http://127.0.0.1:18083", "127.0.0.1:19090"));
		assertThat(target.ownSystem()).isEmpty();
	}

	@Test
	void environmentVariablesWinOverTheLocalRunsDemoUsers() {
		Target target = Target.deployment("http://127.0.0.1:18080",
				Map.of("E2E_SALES_USER", "kim", "E2E_SALES_PASSWORD", "secret", "E2E_BILLING_URL", "http://billing"),
				Optional.of(localRun("http://127.0.0.1:18080")));

		assertThat(target.credentials(Role.SALES)).isEqualTo(new Credentials("kim", "secret"));
		assertThat(target.credentials(Role.ADMIN)).isEqualTo(new Credentials("admin", "demo"));
		assertThat(target.endpoints().billingUrl()).isEqualTo("http://billing");
	}

	@Test
	void aLocalRunOnAnotherPortIsNotTheDeployment() {
		Target target = Target.deployment("https://shop.example.com",
				Map.of("E2E_ADMIN_USER", "qa-admin", "E2E_ADMIN_PASSWORD", "pw"),
				Optional.of(localRun("http://127.0.0.1:18080")));

		assertThat(target.credentials(Role.ADMIN)).isEqualTo(new Credentials("qa-admin", "pw"));
		assertThatIllegalStateException().isThrownBy(() -> target.credentials(Role.SALES))
			.withMessageContaining("E2E_SALES_USER")
			.withMessageContaining("E2E_SALES_PASSWORD");
		assertThatIllegalStateException().isThrownBy(target::endpoints)
			.withMessageContaining("E2E_ORDERS_URL, E2E_BILLING_URL, E2E_CATALOG_GRPC_TARGET");
	}

	@Test
	void loopbackNamesAreOneServerButPortsAndSchemesAreNot() {
		assertThat(Target.sameServer("http://localhost:8080", "http://127.0.0.1:8080/")).isTrue();
		assertThat(Target.sameServer("http://localhost:8080", "http://127.0.0.1:8081")).isFalse();
		assertThat(Target.sameServer("https://localhost:8080", "http://localhost:8080")).isFalse();
		assertThat(Target.sameServer("http://shop.example.com", "http://localhost")).isFalse();
	}

}
