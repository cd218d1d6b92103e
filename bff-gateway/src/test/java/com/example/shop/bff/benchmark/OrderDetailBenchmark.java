package com.example.shop.bff.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.example.shop.bff.support.BffTestApplication;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.TestData;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.HdrHistogram.Histogram;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, side by side in one run, what each backend costs when called directly and
 * what the order-detail composite costs through the BFF, and prints the ratios. The
 * composite fetches the order first, then catalog, billing and the customer in parallel,
 * so its latency should track orders + the slowest of the rest, not the sum of all calls.
 * Not a test: run it with {@code ./run-benchmark.sh}.
 * <p>
 * Arguments:
 * {@code [orders=40] [clients=8] [requestsPerClient=150] [warmupPerClient=50]}.
 */
public final class OrderDetailBenchmark {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private OrderDetailBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int orderCount = arg(args, 0, 40);
		int clients = arg(args, 1, 8);
		int requests = arg(args, 2, 150);
		int warmup = arg(args, 3, 50);
		System.out.println("==> Starting orders, billing and catalog on loopback (once, about 20 s)");
		RealBackends backends = RealBackends.get();
		Map<String, Object> properties = new LinkedHashMap<>(backends.directProperties());
		properties.put("server.port", "0");
		properties.put("app.bff.request-budget", "10s");
		properties.put("app.bff.orders.timeout", "5s");
		properties.put("app.bff.billing.timeout", "5s");
		properties.put("app.bff.catalog.timeout", "5s");
		properties.put("logging.level.root", "WARN");
		properties.putAll(TestIssuer.get().properties());
		try (ConfigurableApplicationContext bff = new SpringApplicationBuilder(BffTestApplication.class)
			.properties(properties)
			.run()) {
			int bffPort = bff.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			System.out.printf("==> BFF on port %d; placing %d orders through it%n", bffPort, orderCount);
			List<Target> orders = placeOrders(backends, bffPort, orderCount);
			// Every call with a token, as the BFF's own calls carry one: the same work
			// per request.
			String auth = "Bearer " + Caller.ADMIN.token();
			ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", backends.catalogGrpcPort)
				.usePlaintext()
				.intercept(new BearerTokenAuthenticationInterceptor(Caller.ADMIN.token()))
				.build();
			CatalogServiceGrpc.CatalogServiceBlockingStub catalog = CatalogServiceGrpc.newBlockingStub(channel);

			Map<String, Call> calls = new LinkedHashMap<>();
			calls.put("orders   GET /orders/{id}",
					(o) -> get(backends.ordersPort, "/api/v1/orders/" + o.orderId(), auth));
			calls.put("catalog  BatchGetProducts",
					(o) -> catalog.batchGetProducts(BatchGetProductsRequest.newBuilder().addAllSkus(o.skus()).build()));
			calls.put("billing  invoice+payments", (o) -> {
				String invoices = get(backends.billingPort, "/api/v1/invoices?orderId=" + o.orderId(), auth);
				String invoiceId = invoices.replaceFirst("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
				get(backends.billingPort, "/api/v1/invoices/" + invoiceId + "/payments", auth);
			});
			calls.put("billing  GET /customers/{id}",
					(o) -> get(backends.billingPort, "/api/v1/customers/" + o.customerId(), auth));
			calls.put("BFF      GET /bff/v1/orders (1 call)",
					(o) -> get(bffPort, "/bff/v1/orders?size=1&customerId=" + o.customerId(), auth));
			calls.put("BFF      GET /bff/v1/orders/{id}", (o) -> get(bffPort, "/bff/v1/orders/" + o.orderId(), auth));

			String sample = get(bffPort, "/bff/v1/orders/" + orders.getFirst().orderId(), auth);
			if (sample.contains("\"unavailable\"")) {
				throw new IllegalStateException(
						"The composite is missing parts; measuring it would be meaningless: " + sample);
			}
			System.out.printf("==> %d clients x %d requests per target (after %d warm-up each), targets in turn%n",
					clients, requests, warmup);
			Map<String, Histogram> results = new LinkedHashMap<>();
			for (var entry : calls.entrySet()) {
				run(entry.getValue(), orders, clients, warmup);
				results.put(entry.getKey(), run(entry.getValue(), orders, clients, requests));
			}
			channel.shutdownNow();
			report(results);
		}
		System.exit(0);
	}

	private static void report(Map<String, Histogram> results) {
		System.out.println();
		System.out.printf("%-34s %9s %9s %9s %8s%n", "call", "p50 ms", "p99 ms", "max ms", "count");
		results.forEach((name, h) -> System.out.printf("%-34s %9.2f %9.2f %9.2f %8d%n", name, ms(h, 50), ms(h, 99),
				h.getMaxValue() / 1000.0, h.getTotalCount()));
		List<Histogram> children = new ArrayList<>(results.values()).subList(0, 4);
		Histogram composite = results.get("BFF      GET /bff/v1/orders/{id}");
		Histogram passThrough = results.get("BFF      GET /bff/v1/orders (1 call)");
		Histogram orders = children.get(0);
		double slowestRestP50 = children.subList(1, 4).stream().mapToDouble((h) -> ms(h, 50)).max().orElseThrow();
		double slowestRestP99 = children.subList(1, 4).stream().mapToDouble((h) -> ms(h, 99)).max().orElseThrow();
		double sumP50 = children.stream().mapToDouble((h) -> ms(h, 50)).sum();
		double sumP99 = children.stream().mapToDouble((h) -> ms(h, 99)).sum();
		double criticalP50 = ms(orders, 50) + slowestRestP50;
		double criticalP99 = ms(orders, 99) + slowestRestP99;
		System.out.println();
		System.out.println("Ratios (composite through the BFF / direct calls):");
		System.out.printf(
				"  p50: composite / critical path (orders + slowest of the rest) = %.2f   composite / sum of all = %.2f%n",
				ms(composite, 50) / criticalP50, ms(composite, 50) / sumP50);
		System.out.printf(
				"  p99: composite / critical path (orders + slowest of the rest) = %.2f   composite / sum of all = %.2f%n",
				ms(composite, 99) / criticalP99, ms(composite, 99) / sumP99);
		System.out.printf(
				"  The BFF's own cost per request (pass-through of one orders call minus that call): p50 %.2f ms, p99 %.2f ms%n",
				ms(passThrough, 50) - ms(orders, 50), ms(passThrough, 99) - ms(orders, 99));
		System.out.println("A composite that calls its children in parallel shows a sum ratio well below 1.");
	}

	private static Histogram run(Call call, List<Target> orders, int clients, int perClient) throws Exception {
		Histogram histogram = new Histogram(60_000_000L, 3);
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<Histogram>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				futures.add(pool.submit(() -> {
					Histogram own = new Histogram(60_000_000L, 3);
					for (int i = 0; i < perClient; i++) {
						Target target = orders.get((client * perClient + i) % orders.size());
						long start = System.nanoTime();
						call.call(target);
						own.recordValue((System.nanoTime() - start) / 1000);
					}
					return own;
				}));
			}
			for (Future<Histogram> future : futures) {
				histogram.add(future.get());
			}
		}
		return histogram;
	}

	private static List<Target> placeOrders(RealBackends backends, int bffPort, int count) throws Exception {
		TestData data = TestData.forBenchmark(backends);
		String auth = "Bearer " + Caller.SALES.token();
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID customer = data.customer("100000000.00");
			List<String> skus = List.of(data.product("1200.00", 1000), data.product("350.50", 1000),
					data.product("9900.00", 1000));
			String body = LoopbackHttp
				.json(Map.of("placementId", UUID.randomUUID().toString(), "customerId", customer.toString(), "lines",
						skus.stream().map((sku) -> Map.of("sku", sku, "quantity", 2)).toList()));
			var response = new LoopbackHttp(bffPort).post("/bff/v1/orders", body, "Authorization", auth);
			if (response.status() != 201) {
				throw new IllegalStateException("Placing a benchmark order failed: " + response.body());
			}
			targets
				.add(new Target(UUID.fromString(response.json().path("order").path("id").asString()), customer, skus));
			// Pay part of each invoice, so the composite has a payment to fetch as it
			// would in real use.
			data.pay(response.json().path("invoice").path("id").asString(), "100.00");
		}
		return targets;
	}

	private static String get(int port, String path, String auth) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (auth != null) {
			request.header("Authorization", auth);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static double ms(Histogram histogram, double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	private static int arg(String[] args, int index, int fallback) {
		return (args.length > index) ? Integer.parseInt(args[index]) : fallback;
	}

	private record Target(UUID orderId, UUID customerId, List<String> skus) {
	}

	@FunctionalInterface
	private interface Call {

		void call(Target target) throws Exception;

	}

}
