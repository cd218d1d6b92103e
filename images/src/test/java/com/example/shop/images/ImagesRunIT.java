package com.example.shop.images;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ServiceJvm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images actually run: orders, catalog and ui-app, each unpacked and started from its
 * own entrypoint on its own file system ({@link UnpackedContainer}), reach readiness
 * against the test databases; the orders batch runs a job to completion on the database
 * the orders migrations image migrated, and the catalog batch reads its history from the
 * Mongo stand-in. Settings come in as environment variables, as the Kubernetes bases set
 * them.
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
	void uiAppImageStartsAfterTheIdentityProviderImageAndSendsVisitorsToItsSignIn() throws Exception {
		int port = ServiceJvm.freePort();
		int management = ServiceJvm.freePort();

		// The provider starts first: the UI reads its discovery document at start-up.
		try (Provider provider = Provider.start(port)) {
			try (UnpackedContainer ui = UnpackedContainer.start(OciImage.read("ui-app"),
					Map.of("SERVER_PORT", str(port), "MANAGEMENT_SERVER_PORT", str(management),
							"APP_SECURITY_ISSUER_URI", provider.issuer(), "APP_SECURITY_CLIENT_SECRET",
							Provider.CLIENT_SECRET))) {
				String readiness = ui.awaitOk(health(management, "readiness"), START_TIMEOUT);
				HttpResponse<Void> visitor = noRedirects("http://127.0.0.1:" + port + "/");
				HttpResponse<Void> signIn = noRedirects(URI.create("http://127.0.0.1:" + port + "/")
					.resolve(visitor.headers().firstValue("Location").orElseThrow())
					.toString());

				assertThat(readiness).contains("\"UP\"");
				assertThat(ui.executable()).startsWith(ui.rootfs());
				System.out.printf("%s ready, resident memory %d MiB%n", "ui", ui.residentMegabytes());
				assertThat(visitor.statusCode()).isEqualTo(302);
				assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
						(location) -> assertThat(location).startsWith(provider.issuer() + "/oauth2/authorize")
							.contains("client_id=ui-app")
							.contains("code_challenge="));
			}
		}
	}

	@Test
	void identityProviderImageIsReadyAndPublishesItsIssuer() throws Exception {
		try (Provider provider = Provider.start(ServiceJvm.freePort())) {
			String discovery = provider.container()
				.awaitOk(URI.create(provider.issuer() + "/.well-known/openid-configuration"), START_TIMEOUT);

			assertThat(discovery).contains("\"issuer\":\"" + provider.issuer() + "\"");
			System.out.printf("%s ready, resident memory %d MiB%n", "identity-provider",
					provider.container().residentMegabytes());
		}
	}

	/**
	 * The identity-provider image, started and ready, with the UI on {@code uiPort} as
	 * its client.
	 */
	record Provider(UnpackedContainer container, String issuer) implements AutoCloseable {

		static final String CLIENT_SECRET = "image-test-secret";

		static Provider start(int uiPort) throws Exception {
			int port = ServiceJvm.freePort();
			String issuer = "http://127.0.0.1:" + port;
			UnpackedContainer container = UnpackedContainer.start(OciImage.read("identity-provider"),
					Map.of("SERVER_PORT", str(port), "APP_IDENTITY_ISSUER", issuer, "APP_IDENTITY_UI_CLIENT_SECRET",
							CLIENT_SECRET, "APP_IDENTITY_UI_REDIRECT_URIS",
							"http://127.0.0.1:" + uiPort + "/login/oauth2/code/shop",
							"APP_IDENTITY_UI_POST_LOGOUT_REDIRECT_URIS", "http://127.0.0.1:" + uiPort + "/"));
			container.awaitOk(health(port, "readiness"), START_TIMEOUT);
			return new Provider(container, issuer);
		}

		@Override
		public void close() throws InterruptedException {
			this.container.close();
		}

	}

	private static HttpResponse<Void> noRedirects(String url) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.discarding());
		}
	}

	@Test
	void ordersBatchImageRunsItsJobOnTheDatabaseTheMigrationsImageMigratedAndSaysHowItEnded() throws Exception {
		var database = EmbeddedPostgresServer.get().createFreshDatabase("image_orders_batch");
		Map<String, String> credentials = Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(),
				"SPRING_DATASOURCE_USERNAME", database.username(), "SPRING_DATASOURCE_PASSWORD", database.password());

		// As Kubernetes orders them: the migration Job first, then the batch's CronJob.
		try (UnpackedContainer migrations = UnpackedContainer.start(OciImage.read("orders-migrations"), credentials)) {
			assertThat(migrations.awaitCompletion(START_TIMEOUT).exitCode()).as(migrations.output()).isZero();
		}
		try (UnpackedContainer batch = UnpackedContainer.start(OciImage.read("orders-batch"), credentials,
				List.of("daily-sales-summary"))) {
			UnpackedContainer.Completion run = batch.awaitCompletion(START_TIMEOUT);

			assertThat(run.exitCode()).as(batch.output()).isZero();
			assertThat(batch.output()).containsPattern("==> daily-sales-summary #\\d+ COMPLETED");
			System.out.printf("%s completed, peak resident memory %d MiB%n", "orders-batch",
					run.peakResidentMegabytes());
		}
		// A usage error is exit code 2 from the image's entrypoint: the CronJobs do not
		// retry it.
		try (UnpackedContainer batch = UnpackedContainer.start(OciImage.read("orders-batch"), credentials,
				List.of("daily-sales-summary", "from=yesterday"))) {
			assertThat(batch.awaitCompletion(START_TIMEOUT).exitCode()).as(batch.output()).isEqualTo(2);
		}
	}

	@Test
	void catalogBatchImageReadsItsHistoryFromTheMongoStandIn() throws Exception {
		try (UnpackedContainer batch = UnpackedContainer.start(OciImage.read("catalog-batch"),
				Map.of("SPRING_MONGODB_URI", MongoStandInServer.get().connectionString("image_catalog_batch")),
				List.of("--list"))) {
			UnpackedContainer.Completion run = batch.awaitCompletion(START_TIMEOUT);

			assertThat(run.exitCode()).as(batch.output()).isZero();
			assertThat(batch.output()).contains("No executions yet. Jobs: product-import");
			System.out.printf("%s listed, peak resident memory %d MiB%n", "catalog-batch", run.peakResidentMegabytes());
		}
	}

	private static URI health(int port, String group) {
		return URI.create("http://127.0.0.1:" + port + "/actuator/health/" + group);
	}

	private static String str(int port) {
		return Integer.toString(port);
	}

}
