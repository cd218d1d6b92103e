package com.example.shop.bff.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.mongo.MongoStandInServer;
import com.example.shop.testsupport.net.LoopbackProxy;
import com.example.shop.testsupport.process.ShopJars;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.traces.OtlpReceiver;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

/**
 * The three real backends, each its own JVM from its jar, on loopback behind a
 * {@link LoopbackProxy} that tests turn slow or dead. Started once per test JVM (about 20
 * s on two cores) and shared by every BFF integration test; databases are the per-JVM
 * embedded PostgreSQL and Mongo stand-in. The jars come from the reactor build, which
 * builds the backends before this module.
 */
public final class RealBackends {

	/** How long the catalog keeps an uncommitted reservation here. */
	public static final Duration RESERVATION_TIMEOUT = Duration.ofSeconds(5);

	/** The catalog's database name on the per-JVM Mongo stand-in. */
	public static final String CATALOG_DATABASE = "bff_catalog";

	/** The orders database on the per-JVM embedded PostgreSQL. */
	public static final String ORDERS_DATABASE = "bff_orders";

	/** The billing database on the per-JVM embedded PostgreSQL. */
	public static final String BILLING_DATABASE = "bff_billing";

	private final ShopJars jars;

	public final LoopbackProxy orders;

	public final LoopbackProxy billing;

	public final LoopbackProxy catalog;

	public final int catalogGrpcPort;

	/**
	 * Where the backends export their traces (OTEL_EXPORTER_OTLP_ENDPOINT). They sample
	 * what a sampled {@code traceparent} asks for; the BFF under test samples nothing of
	 * its own, so only a test that sends one sees a trace here.
	 */
	public final OtlpReceiver traces = OtlpReceiver.start(0);

	public final int ordersPort;

	public final int billingPort;

	private RealBackends() throws IOException, InterruptedException {
		PrintStream log = new PrintStream(Files.newOutputStream(Path.of("target", "real-backends.log")), true);
		this.jars = new ShopJars("bff", log, List.of(
				// Short enough that a test sees the sweeper at work; a placement takes
				// milliseconds from reserving to committing.
				"--app.catalog.reservation-timeout=" + RESERVATION_TIMEOUT.toMillis() + "ms",
				"--app.catalog.sweeper.interval=300ms", "--app.catalog.sweeper.settle-grace=1s"));
		this.ordersPort = this.jars.ordersPort;
		this.billingPort = this.jars.billingPort;
		this.catalogGrpcPort = this.jars.catalogGrpcPort;
		this.jars.environment("OTEL_EXPORTER_OTLP_ENDPOINT", this.traces.endpoint())
			// Parent-based: only what a sampled caller asks for; nothing of their own.
			.environment("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "0.0")
			.environment("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULEDELAY", "50ms");
		this.jars.startAll(Duration.ofMinutes(3));
		MongoStandInServer mongo = MongoStandInServer.get();
		// Products need an existing category; the catalog has no RPC to create one (its
		// import job and seed do).
		mongo.database(CATALOG_DATABASE)
			.getCollection("categories")
			.insertOne(new org.bson.Document("_id", "test").append("name", "Test products"));
		warmUp();
		this.orders = LoopbackProxy.to(this.ordersPort);
		this.billing = LoopbackProxy.to(this.billingPort);
		this.catalog = LoopbackProxy.to(this.catalogGrpcPort);
	}

	/**
	 * One authenticated call to each backend, so each has fetched the issuer's keys and
	 * compiled its hot paths before a test's deadline-bound first call.
	 */
	private void warmUp() {
		String token = Caller.ADMIN.token();
		new LoopbackHttp(this.ordersPort).withBearer(token).get("/api/v1/orders?size=1");
		new LoopbackHttp(this.billingPort).withBearer(token).get("/api/v1/customers?size=1");
		ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", this.catalogGrpcPort)
			.usePlaintext()
			.intercept(new BearerTokenAuthenticationInterceptor(token))
			.build();
		try {
			CatalogServiceGrpc.newBlockingStub(channel)
				.withDeadlineAfter(30, TimeUnit.SECONDS)
				.listCategories(ListCategoriesRequest.getDefaultInstance());
		}
		finally {
			channel.shutdownNow();
		}
	}

	/** The backends of this JVM, started on first use. */
	public static RealBackends get() {
		return Started.BACKENDS;
	}

	/** Started by the JVM the first time {@link #get()} asks, exactly once. */
	private static final class Started {

		static final RealBackends BACKENDS = start();

		private static RealBackends start() {
			try {
				return new RealBackends();
			}
			catch (IOException ex) {
				throw new IllegalStateException(
						"The real backends did not start: " + ex.getMessage() + " (see target/real-backends.log)", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Spring properties that point the BFF at the proxies. */
	public Map<String, Object> bffProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("app.bff.orders.base-url", "http://127.0.0.1:" + this.orders.port());
		properties.put("app.bff.billing.base-url", "http://127.0.0.1:" + this.billing.port());
		properties.put("spring.grpc.client.channel.catalog.target", "127.0.0.1:" + this.catalog.port());
		return properties;
	}

	/**
	 * Spring properties that point the BFF straight at the backends, for measurements
	 * without the proxies.
	 */
	public Map<String, Object> directProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("app.bff.orders.base-url", "http://127.0.0.1:" + this.ordersPort);
		properties.put("app.bff.billing.base-url", "http://127.0.0.1:" + this.billingPort);
		properties.put("spring.grpc.client.channel.catalog.target", "127.0.0.1:" + this.catalogGrpcPort);
		return properties;
	}

	/** Every proxy back to passing traffic. */
	public void allUp() {
		this.orders.pass();
		this.billing.pass();
		this.catalog.pass();
	}

}
