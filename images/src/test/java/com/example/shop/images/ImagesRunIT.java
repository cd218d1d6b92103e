package com.example.shop.images;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ServiceJvm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images actually run: orders, catalog and ui-app, each unpacked and started from its
 * own entrypoint on its own file system ({@link UnpackedContainer}), reach readiness
 * against the test databases. Settings come in as environment variables, as the
 * Kubernetes bases set them.
 */
class ImagesRunIT {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	@Test
	void ordersImageMigratesItsDatabaseAndIsReadyWithItsOwnJava() throws Exception {
		var database = EmbeddedPostgresServer.get().createFreshDatabase("image_orders");
		int port = ServiceJvm.freePort();
		int management = ServiceJvm.freePort();

		try (UnpackedContainer orders = UnpackedContainer.start(OciImage.read("orders"),
				Map.of("SERVER_PORT", str(port), "MANAGEMENT_SERVER_PORT", str(management), "SPRING_DATASOURCE_URL",
						database.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", database.username(),
						"SPRING_DATASOURCE_PASSWORD", database.password()))) {
			String readiness = orders.awaitOk(health(management, "readiness"), START_TIMEOUT);

			assertThat(readiness).contains("\"UP\"");
			assertThat(orders.executable()).startsWith(orders.rootfs());
			System.out.printf("%s ready, resident memory %d MiB%n", "orders", orders.residentMegabytes());
			assertThat(orders.awaitOk(health(management, "liveness"), Duration.ofSeconds(5))).contains("\"UP\"");
		}
	}

	@Test
	void catalogImageIsReadyOnTheMongoStandInAndListensForGrpc() throws Exception {
		int port = ServiceJvm.freePort();
		int grpc = ServiceJvm.freePort();

		try (UnpackedContainer catalog = UnpackedContainer.start(OciImage.read("catalog"),
				Map.of("SERVER_PORT", str(port), "SPRING_GRPC_SERVER_PORT", str(grpc), "SPRING_MONGODB_URI",
						MongoStandInServer.get().connectionString("image_catalog")))) {
			String readiness = catalog.awaitOk(health(port, "readiness"), START_TIMEOUT);

			assertThat(readiness).contains("\"UP\"");
			assertThat(catalog.executable()).startsWith(catalog.rootfs());
			System.out.printf("%s ready, resident memory %d MiB%n", "catalog", catalog.residentMegabytes());
			try (var socket = new java.net.Socket("127.0.0.1", grpc)) {
				assertThat(socket.isConnected()).isTrue();
			}
		}
	}

	@Test
	void uiAppImageIsReadyAndServesTheVaadinProductionBundle() throws Exception {
		int port = ServiceJvm.freePort();
		int management = ServiceJvm.freePort();

		try (UnpackedContainer ui = UnpackedContainer.start(OciImage.read("ui-app"),
				Map.of("SERVER_PORT", str(port), "MANAGEMENT_SERVER_PORT", str(management)))) {
			String readiness = ui.awaitOk(health(management, "readiness"), START_TIMEOUT);
			String login = ui.awaitOk(URI.create("http://127.0.0.1:" + port + "/login"), Duration.ofSeconds(30));

			assertThat(readiness).contains("\"UP\"");
			assertThat(ui.executable()).startsWith(ui.rootfs());
			System.out.printf("%s ready, resident memory %d MiB%n", "ui", ui.residentMegabytes());
			assertThat(login).contains("VAADIN/build");
		}
	}

	private static URI health(int port, String group) {
		return URI.create("http://127.0.0.1:" + port + "/actuator/health/" + group);
	}

	private static String str(int port) {
		return Integer.toString(port);
	}

}
