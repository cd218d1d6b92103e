package com.example.shop.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ShopJars;
import com.example.shop.testsupport.security.TestIssuer;
import com.example.shop.testsupport.process.ServiceJvm;
import com.google.type.Money;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import org.awaitility.Awaitility;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole shop as it is deployed, on loopback: orders, billing and catalog from their
 * jars, and ui-app (which hosts {@code /bff/v1}) from its jar, each its own JVM, on the
 * per-JVM embedded PostgreSQL and Mongo stand-in of test-support. Started once per test
 * JVM and seeded through the APIs with a few customers, products and placed orders, whose
 * ids the generators use as valid values. It also tells whether a request changed data: a
 * fingerprint of the business state of every database.
 */
final class Shop {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final ShopJars jars;

	final int ordersPort;

	final int billingPort;

	final int catalogHttpPort;

	final int catalogGrpcPort;

	final int uiPort = ServiceJvm.freePort();

	private final MongoDatabase catalogDb;

	final ManagedChannel catalogChannel;

	/** Ids and codes that exist, by kind: what a generator draws valid values from. */
	final Map<String, List<String>> known = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Shop() throws Exception {
		Files.createDirectories(Path.of("target"));
		PrintStream log = new PrintStream(Files.newOutputStream(Path.of("target", "services.log")), true);
		this.jars = new ShopJars("fuzz", log);
		this.ordersPort = this.jars.ordersPort;
		this.billingPort = this.jars.billingPort;
		this.catalogHttpPort = this.jars.catalogHttpPort;
		this.catalogGrpcPort = this.jars.catalogGrpcPort;
		this.catalogDb = MongoStandInServer.get().database(this.jars.catalogDatabase);
		this.jars.with(new ServiceJvm("ui", repositoryRoot().resolve("ui-app/target/ui-app.jar"),
				List.of("--server.port=" + this.uiPort, "--app.bff.orders.base-url=http://127.0.0.1:" + this.ordersPort,
						"--app.bff.billing.base-url=http://127.0.0.1:" + this.billingPort,
						"--spring.grpc.client.channel.catalog.target=127.0.0.1:" + this.catalogGrpcPort,
						"--management.server.port=" + ServiceJvm.freePort(),
						"--app.security.issuer-uri=" + TestIssuer.get().issuerUri(),
						"--app.security.client-secret=fuzz-secret",
						// The saga's reconciler changes orders in the background, which
						// the
						// "refused and changed nothing" check would blame on a request.
						"--app.bff.reconciler.enabled=false"),
				ShopJars.readyz(this.uiPort), log, "[ui] "));
		this.jars.startAll(Duration.ofMinutes(3));
		Metadata metadata = new Metadata();
		Credentials.authorization(Api.CATALOG)
			.ifPresent(
					(value) -> metadata.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), value));
		this.catalogChannel = ManagedChannelBuilder.forAddress("127.0.0.1", this.catalogGrpcPort)
			.usePlaintext()
			.intercept(MetadataUtils.newAttachHeadersInterceptor(metadata))
			.build();
		seed();
	}

	static Shop get() {
		return Started.SHOP;
	}

	private static final class Started {

		static final Shop SHOP = start();

		private static Shop start() {
			try {
				return new Shop();
			}
			catch (Exception ex) {
				throw new IllegalStateException(
						"The shop did not start: " + ex.getMessage() + " (see target/services.log)", ex);
			}
		}

	}

	/** The base URL of a REST API. */
	String baseUrl(Api api) {
		return "http://127.0.0.1:" + switch (api) {
			case ORDERS -> this.ordersPort;
			case BILLING -> this.billingPort;
			case BFF -> this.uiPort;
			case CATALOG -> this.catalogHttpPort;
		};
	}

	/** Whether every service still says it is ready. */
	Map<String, Integer> readiness() throws IOException, InterruptedException {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (var entry : Map
			.of("orders", this.ordersPort, "billing", this.billingPort, "catalog", this.catalogHttpPort, "ui",
					this.uiPort)
			.entrySet()) {
			answers
				.put(entry.getKey(), this.http
					.send(HttpRequest.newBuilder(entry.getKey().equals("catalog") ? ShopJars.readiness(entry.getValue())
							: ShopJars.readyz(entry.getValue()))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode());
		}
		return answers;
	}

	/**
	 * The business state an API's requests can change, as one hash: every row of its
	 * tables (orders, billing) and every product's sellable fields and the open
	 * reservations (catalog). Bookkeeping that a refused request may leave behind by
	 * design (a released reservation, a product's version after a reservation was undone)
	 * is left out.
	 */
	String fingerprint(Api api) {
		return switch (api) {
			case ORDERS -> tables(this.jars.ordersDatabase);
			case BILLING -> tables(this.jars.billingDatabase);
			case CATALOG -> catalog();
			case BFF -> tables(this.jars.ordersDatabase) + tables(this.jars.billingDatabase) + catalog();
		};
	}

	private String tables(EmbeddedPostgresServer.Database database) {
		StringBuilder state = new StringBuilder();
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
					+ "and tablename not like 'flyway%' and tablename not like 'idempotency%' order by tablename")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' "
						+ "order by t::text), '')) from \"" + table + "\" t")) {
					rows.next();
					state.append(table).append(':').append(rows.getLong(1)).append(':').append(rows.getString(2));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return state.toString();
	}

	private String catalog() {
		StringBuilder state = new StringBuilder();
		this.catalogDb.getCollection("products")
			.find()
			.projection(Projections.include("sku", "name", "description", "category", "price", "attributes",
					"stockOnHand", "active"))
			.sort(Sorts.ascending("sku"))
			.forEach((product) -> state.append(product.toJson()));
		state.append(this.catalogDb.getCollection("reservations")
			.countDocuments(Filters.in("status", "HELD", "CONFIRMED", "RESERVING")));
		return sha(state.toString());
	}

	private void seed() throws Exception {
		this.catalogDb.getCollection("categories")
			.insertOne(new Document("_id", "stationery").append("name", "Stationery"));
		add("category", "stationery");
		var catalog = CatalogServiceGrpc.newBlockingStub(this.catalogChannel).withDeadlineAfter(10, TimeUnit.SECONDS);
		for (int i = 1; i <= 5; i++) {
			String sku = "FZ-%04d".formatted(i);
			catalog.createProduct(CreateProductRequest.newBuilder()
				.setSku(sku)
				.setName("Fuzz product " + i)
				.setCategory("stationery")
				.setPrice(Money.newBuilder().setCurrencyCode("KRW").setUnits(1000L * i))
				.setStockOnHand(100_000)
				.setActive(true)
				.build());
			add("sku", sku);
		}
		for (int i = 1; i <= 3; i++) {
			JsonNode customer = post(Api.BILLING, "/api/v1/customers",
					"{\"name\": \"Fuzz Customer %d\", \"email\": \"c%d@fuzz.example.com\", \"creditLimit\": {\"amount\": \"100000000.00\", \"currency\": \"KRW\"}, \"paymentTermsDays\": 30}"
						.formatted(i, i));
			add("customer", customer.path("id").asString());
		}
		// The first calls into cold JVMs (each fetching the test issuer's keys on its
		// first token) miss the BFF's call deadlines; a placement that timed out would
		// still hold its reservation when submitted again. The dashboard reads all three
		// backends: once it has every part, the saga's calls are warm too.
		Awaitility.await("the BFF to get every part of the dashboard")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> dashboard().contains("\"available\"") && !dashboard().contains("\"unavailable\""));
		for (int i = 0; i < 2; i++) {
			String placement = UUID.randomUUID().toString();
			JsonNode placed = post(Api.BFF, "/bff/v1/orders",
					"{\"placementId\": \"%s\", \"customerId\": \"%s\", \"lines\": [{\"sku\": \"FZ-0001\", \"quantity\": 2}]}"
						.formatted(placement, this.known.get("customer").get(i)));
			if (placed.at("/order/id").asString().isEmpty()) {
				throw new IllegalStateException("Seeding placed no order: " + placed);
			}
			add("placement", placement);
			String order = placed.at("/order/id").asString();
			add("order", order);
			String invoice = placed.at("/invoice/id").asString();
			if (invoice.isEmpty()) {
				// On a loaded machine the invoice step may miss the request's budget: the
				// order is placed with the step pending, which the BFF finishes on
				// request.
				invoice = post(Api.BFF, "/bff/v1/orders/" + order + "/invoice", "").path("id").asString();
			}
			add("invoice", invoice);
		}
	}

	private String dashboard() throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl(Api.BFF) + "/bff/v1/dashboard"));
		Credentials.authorization(Api.BFF).ifPresent((value) -> request.header("Authorization", value));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private JsonNode post(Api api, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl(api) + path))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body));
		Credentials.authorization(api).ifPresent((value) -> request.header("Authorization", value));
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		// Freshly started JVMs may miss the BFF's request budget at first: a placement is
		// safe to submit again with the same placement id.
		for (int retry = 0; retry < 5 && response.statusCode() == 503; retry++) {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					"Seeding %s %s answered %d: %s".formatted(api, path, response.statusCode(), response.body()));
		}
		return JSON.readTree(response.body());
	}

	private void add(String kind, String value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalStateException("Seeding left no " + kind);
		}
		this.known.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(value);
	}

	static String sha(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Path repositoryRoot() {
		return ServiceJvm.repositoryRoot();
	}

}
