package com.example.shop.localrun;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalSettingsTests {

	@Test
	void byDefaultEveryServerListensOnLoopbackOnItsDocumentedPort() {
		LocalSettings settings = LocalSettings.fromEnvironment(Map.of(), null);

		assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
		assertThat(settings.host()).isEqualTo("127.0.0.1");
		assertThat(List.of(settings.uiPort(), settings.ordersPort(), settings.catalogHttpPort(),
				settings.catalogGrpcPort(), settings.billingPort(), settings.postgresPort(), settings.mongoPort(),
				settings.identityPort(), settings.uiManagementPort(), settings.ordersManagementPort(),
				settings.billingManagementPort()))
			.containsExactly(8080, 8081, 8082, 9090, 8083, 15432, 27018, 9000, 9080, 9081, 9083);
		assertThat(settings.home()).isEqualTo(Path.of(".local-run"));
		assertThat(settings.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://127.0.0.1:15432/orders");
	}

	@Test
	void freePortsFillEveryPortTheEnvironmentLeavesOpen() {
		AtomicInteger next = new AtomicInteger(40000);
		LocalSettings settings = LocalSettings.fromEnvironment(Map.of("ORDERS_PORT", "18081"), next::incrementAndGet);

		Set<Integer> ports = new HashSet<>(List.of(settings.uiPort(), settings.catalogHttpPort(),
				settings.catalogGrpcPort(), settings.billingPort(), settings.postgresPort(), settings.mongoPort(),
				settings.identityPort(), settings.uiManagementPort(), settings.ordersManagementPort(),
				settings.billingManagementPort()));
		assertThat(settings.ordersPort()).isEqualTo(18081);
		assertThat(ports).hasSize(10).allSatisfy((port) -> assertThat(port).isBetween(40001, 40010));
	}

	@Test
	void aFreePortTheSystemHandsOutTwiceIsAskedForAgain() {
		// The system may offer a port it just offered (the probe's socket is closed at
		// once): the second server would then fail with "Address already in use".
		java.util.Iterator<Integer> offers = List
			.of(40001, 40001, 40002, 40002, 40003, 40004, 40005, 40006, 40007, 40008, 40009, 40010, 40011)
			.iterator();
		LocalSettings settings = LocalSettings.fromEnvironment(Map.of(), offers::next);

		Set<Integer> ports = new HashSet<>(List.of(settings.uiPort(), settings.ordersPort(), settings.catalogHttpPort(),
				settings.catalogGrpcPort(), settings.billingPort(), settings.postgresPort(), settings.mongoPort(),
				settings.identityPort(), settings.uiManagementPort(), settings.ordersManagementPort(),
				settings.billingManagementPort()));
		assertThat(ports).hasSize(11);
	}

	@Test
	void anotherAddressIsAnExplicitSettingAndClientsUseIt() {
		LocalSettings everywhere = LocalSettings.fromEnvironment(Map.of("BIND_ADDRESS", "0.0.0.0"), null);
		LocalSettings one = LocalSettings.fromEnvironment(Map.of("BIND_ADDRESS", "127.0.0.2"), null);

		assertThat(everywhere.bindAddress()).isEqualTo("0.0.0.0");
		assertThat(everywhere.host()).isEqualTo("127.0.0.1");
		assertThat(one.url(8080)).isEqualTo("http://127.0.0.2:8080");
	}

	@Test
	void aBadPortOrAddressIsRefusedWithTheVariableNamed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("UI_PORT", "80a"), null))
			.withMessageContaining("UI_PORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("BILLING_PORT", "70000"), null))
			.withMessageContaining("BILLING_PORT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("BIND_ADDRESS", "no such host.invalid"), null))
			.withMessageContaining("BIND_ADDRESS");
	}

	@Test
	void unknownOptionsAreRefusedAndKnownOnesRead() {
		LocalRun.Options options = LocalRun.Options.parse("--free-ports", "--no-demo-data", "--other-issuer");

		assertThat(options.freePorts()).isTrue();
		assertThat(options.demoData()).isFalse();
		assertThat(options.reset()).isFalse();
		assertThat(options.otherIssuer()).isTrue();
		assertThat(options.traces()).isFalse();
		assertThat(LocalRun.Options.parse("--traces").traces()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> LocalRun.Options.parse("--rest"))
			.withMessageContaining("--help");
	}

}
