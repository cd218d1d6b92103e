package com.example.shop.bff.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.example.shop.bff.support.BffTestApplication;
import com.example.shop.bff.support.RealBackends;
import com.example.shop.bff.support.TestData;
import com.example.shop.catalog.v1.BatchGetProductsRequest;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.process.ServiceJvm;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, side by side in one run, what each backend costs when called directly and
 * what the same work costs through the BFF, and prints each ratio next to its goal (issue
 * 18). Not a test: run it with {@code ./run-benchmark.sh bff}.
 * <ul>
 * <li><b>Closed loop, to saturation:</b> {@code clients} callers each send the next
 * request when the last one answered. Gives each call's throughput, and so the
 * pass-through ratio: the BFF's {@code GET /bff/v1/orders} (one orders call) against
 * orders' own {@code GET /api/v1/orders} with the same query, at the same
 * concurrency.</li>
 * <li><b>Open loop, at a fixed rate:</b> requests start on a schedule ({@code rate} per
 * second for {@code seconds}), each on its own virtual thread, whether or not earlier
 * ones have answered, and a latency counts from when its request was due, not from when
 * it was sent. A stalled server so shows as the wait of every request due meanwhile,
 * which a closed loop hides (coordinated omission). The order-detail composite fetches
 * the order, then catalog, billing and the customer in parallel, so its latency should
 * track orders plus the slowest of the rest, not the sum.</li>
 * <li><b>Degradation:</b> the composite open loop again, through a second BFF whose
 * billing calls pass a {@code LoopbackProxy}: healthy, then with 5% of billing's answers
 * held back 500 ms, with the BFF's hedging of slow reads
 * ({@code app.bff.retry.hedge-after}) and without it.</li>
 * </ul>
 * The backends run as their own JVMs with the production flags
 * ({@link ServiceJvm#jvmFlags(String)}), unless {@code jvm=quick-start} is given.
 * <p>
 * Arguments, each {@code name=value}: {@code orders=40 clients=8 requests=150 warmup=100
 * rate=auto seconds=15 jvm=production}; {@code rate=auto} is half the composite's
 * closed-loop throughput, a rate the machine sustains.
 */
public final class OrderDetailBenchmark {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final String ORDERS_LIST = "orders   GET /api/v1/orders (list)";

	private static final String PASS_THROUGH = "BFF      GET /bff/v1/orders (list)";

	private static final String COMPOSITE = "BFF      GET /bff/v1/orders/{id}";

	private static final String HEALTHY = "composite, billing healthy";

	private static final String DEGRADED = "composite, 5% billing +500 ms, hedged";

	private static final String DEGRADED_UNHEDGED = "composite, 5% billing +500 ms, no hedge";

	/** The children of the composite, in the order the report lists them. */
	private static final List<String> CHILDREN = List.of("orders   GET /orders/{id}", "catalog  BatchGetProducts",
			"billing  invoice+payments", "billing  GET /customers/{id}");

	private OrderDetailBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> arguments = arguments(args);
		int orderCount = Integer.parseInt(arguments.getOrDefault("orders", "40"));
		int clients = Integer.parseInt(arguments.getOrDefault("clients", "8"));
		int requests = Integer.parseInt(arguments.getOrDefault("requests", "150"));
		int warmup = Integer.parseInt(arguments.getOrDefault("warmup", "100"));
		String rateArgument = arguments.getOrDefault("rate", "auto");
		int seconds = Integer.parseInt(arguments.getOrDefault("seconds", "15"));
		String jvm = arguments.getOrDefault("jvm", "production");
		System.setProperty(ServiceJvm.PROFILE_PROPERTY, jvm);
		System.out.printf("==> Starting orders, billing and catalog on loopback, JVM flags %s: %s%n", jvm,
				String.join(" ", ServiceJvm.jvmFlags(jvm)));
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
			calls.put(CHILDREN.get(0), (o) -> get(backends.ordersPort, "/api/v1/orders/" + o.orderId(), auth));
			calls.put(CHILDREN.get(1),
					(o) -> catalog.batchGetProducts(BatchGetProductsRequest.newBuilder().addAllSkus(o.skus()).build()));
			calls.put(CHILDREN.get(2), (o) -> {
				String invoices = get(backends.billingPort, "/api/v1/invoices?orderId=" + o.orderId(), auth);
				String invoiceId = invoices.replaceFirst("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
				get(backends.billingPort, "/api/v1/invoices/" + invoiceId + "/payments", auth);
			});
			calls.put(CHILDREN.get(3), (o) -> get(backends.billingPort, "/api/v1/customers/" + o.customerId(), auth));
			calls.put(COMPOSITE, (o) -> get(bffPort, "/bff/v1/orders/" + o.orderId(), auth));
			calls.put(ORDERS_LIST,
					(o) -> get(backends.ordersPort, "/api/v1/orders?size=1&customerId=" + o.customerId(), auth));
			calls.put(PASS_THROUGH, (o) -> get(bffPort, "/bff/v1/orders?size=1&customerId=" + o.customerId(), auth));

			String sample = get(bffPort, "/bff/v1/orders/" + orders.getFirst().orderId(), auth);
			if (sample.contains("\"unavailable\"")) {
				throw new IllegalStateException(
						"The composite is missing parts; measuring it would be meaningless: " + sample);
			}
			// Every JVM's JIT sees every call before anything is measured: with every
			// tier
			// on, the first call measured would otherwise pay for the compilation.
			System.out.printf("==> Warm-up: %d clients x %d requests per call%n", clients, warmup);
			for (Call call : calls.values()) {
				closedLoop(call, orders, clients, warmup);
			}
			System.out.printf("==> Closed loop: %d clients x %d requests per call, in turn%n", clients, requests);
			Map<String, Result> closed = new LinkedHashMap<>();
			for (var entry : calls.entrySet()) {
				closed.put(entry.getKey(), closedLoop(entry.getValue(), orders, clients, requests));
			}
			// A rate the machine sustains: half what the composite managed at saturation,
			// unless one is given.
			int rate = rateArgument.equals("auto") ? Math.max(5, (int) (closed.get(COMPOSITE).perSecond() / 2))
					: Integer.parseInt(rateArgument);
			System.out.printf("==> Open loop: %d requests/s for %d s per call (after %d s at that rate), in turn%n",
					rate, seconds, Math.max(1, seconds / 3));
			Map<String, Result> open = new LinkedHashMap<>();
			for (String name : calls.keySet()) {
				if (!name.equals(ORDERS_LIST) && !name.equals(PASS_THROUGH)) {
					open.put(name, openLoop(calls.get(name), orders, rate, seconds));
				}
			}
			Map<String, Result> degradation = degradation(backends, properties, orders, auth, rate, seconds);
			channel.shutdownNow();
			report(closed, open, rate);
			reportDegradation(degradation);
		}
		System.exit(0);
	}

	/**
	 * The composite, open loop, through a BFF whose billing calls pass a proxy: healthy,
	 * then with 5% of billing's answers held back 500 ms, with the BFF's hedging of slow
	 * reads and without it.
	 */
	private static Map<String, Result> degradation(RealBackends backends, Map<String, Object> direct,
			List<Target> orders, String auth, int rate, int seconds) throws Exception {
		System.out.printf("==> Degradation: the composite at %d requests/s through a BFF whose billing calls pass a "
				+ "proxy; 5%% of billing's answers 500 ms late%n", rate);
		Map<String, Result> results = new LinkedHashMap<>();
		for (boolean hedging : List.of(true, false)) {
			Map<String, Object> properties = new LinkedHashMap<>(direct);
			properties.put("app.bff.billing.base-url", "http://127.0.0.1:" + backends.billing.port());
			if (!hedging) {
				properties.put("app.bff.retry.hedge-after", "0");
			}
			try (ConfigurableApplicationContext bff = new SpringApplicationBuilder(BffTestApplication.class)
				.properties(properties)
				.run()) {
				int port = bff.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
				Call composite = (o) -> get(port, "/bff/v1/orders/" + o.orderId(), auth);
				String hedges = hedging ? "hedging" : "no hedging";
				if (hedging) {
					backends.billing.pass();
					results.put(HEALTHY, openLoop(composite, orders, rate, seconds));
				}
				// Reads are hedged only while billing's circuit remembers no
				// failure: what it recorded says whether hedging could work.
				CircuitBreaker circuit = bff.getBean(CircuitBreakerRegistry.class).circuitBreaker("billing");
				Map<String, Integer> recorded = new ConcurrentSkipListMap<>();
				circuit.getEventPublisher()
					.onError((event) -> recorded.merge("failure " + kind(event.getThrowable()), 1, Integer::sum))
					.onIgnoredError((event) -> recorded.merge("ignored " + kind(event.getThrowable()), 1, Integer::sum))
					.onStateTransition(
							(event) -> recorded.merge("circuit " + event.getStateTransition(), 1, Integer::sum));
				backends.billing.delaySome(0.05, Duration.ofMillis(500));
				long sent = backends.billing.requests();
				long held = backends.billing.heldBack();
				results.put(hedging ? DEGRADED : DEGRADED_UNHEDGED, openLoop(composite, orders, rate, seconds));
				sent = backends.billing.requests() - sent;
				held = backends.billing.heldBack() - held;
				backends.billing.pass();
				System.out.printf(Locale.ROOT,
						"    %s done: %d request chunks to billing, %d answers held back (%.1f%%); billing's circuit %s,"
								+ " recorded %s%n",
						hedges, sent, held, 100.0 * held / Math.max(1, sent), circuit.getState(),
						recorded.isEmpty() ? "no failure" : recorded);
			}
		}
		return results;
	}

	private static String kind(Throwable failure) {
		return failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? " (" + failure.getMessage() + ")" : "");
	}

	private static void reportDegradation(Map<String, Result> results) {
		System.out.println();
		System.out.println("Degradation, the composite through a BFF whose billing calls pass a proxy (open loop):");
		table(results);
		double ratio = ms(results.get(DEGRADED).latencies(), 99) / ms(results.get(HEALTHY).latencies(), 99);
		System.out.printf("%-66s %10s %12s %5s%n", "ratio", "measured", "goal", "met");
		row("composite p99, 5% of billing 500 ms late / healthy", "%.3fx".formatted(ratio), "<= 2.00x", ratio <= 2);
	}

	private static void report(Map<String, Result> closed, Map<String, Result> open, int rate) {
		System.out.println();
		System.out.println("Closed loop (each client sends when its last request answered):");
		table(closed);
		System.out.println();
		System.out.printf("Open loop at %d requests/s (latency from when each request was due):%n", rate);
		table(open);

		double passThrough = closed.get(PASS_THROUGH).perSecond() / closed.get(ORDERS_LIST).perSecond();
		Histogram composite = open.get(COMPOSITE).latencies();
		List<Histogram> children = CHILDREN.stream().map((name) -> open.get(name).latencies()).toList();
		double slowestChildP99 = children.stream().mapToDouble((h) -> ms(h, 99)).max().orElseThrow();
		double p99Goal = 1.15 * slowestChildP99 + 3;
		double sumP50 = children.stream().mapToDouble((h) -> ms(h, 50)).sum();
		double p50Ratio = ms(composite, 50) / sumP50;
		System.out.println();
		System.out.printf("%-66s %10s %12s %5s%n", "ratio", "measured", "goal", "met");
		row("pass-through throughput: BFF list / orders' own list, closed loop", "%.3fx".formatted(passThrough),
				">= 0.50x", passThrough >= 0.5);
		row("composite p99 (open loop), ms: goal 1.15 x slowest child's p99 + 3", "%.1f".formatted(ms(composite, 99)),
				"<= %.1f".formatted(p99Goal), ms(composite, 99) <= p99Goal);
		row("composite p50 / sum of the children's p50s (open loop)", "%.3fx".formatted(p50Ratio), "<= 0.60x",
				p50Ratio <= 0.6);
		Histogram ordersOne = closed.get(CHILDREN.getFirst()).latencies();
		System.out.printf(
				"The BFF's own cost per request (closed loop, pass-through of one orders list call minus that call): "
						+ "p50 %.2f ms, p99 %.2f ms%n",
				ms(closed.get(PASS_THROUGH).latencies(), 50) - ms(closed.get(ORDERS_LIST).latencies(), 50),
				ms(closed.get(PASS_THROUGH).latencies(), 99) - ms(closed.get(ORDERS_LIST).latencies(), 99));
		System.out.printf("(orders' GET /orders/{id} alone, closed loop: p50 %.2f ms)%n", ms(ordersOne, 50));
	}

	private static void table(Map<String, Result> results) {
		System.out.printf("%-40s %9s %9s %9s %8s %9s%n", "call", "p50 ms", "p99 ms", "max ms", "count", "per s");
		results.forEach((name, r) -> System.out.printf("%-40s %9.2f %9.2f %9.2f %8d %9.1f%n", name,
				ms(r.latencies(), 50), ms(r.latencies(), 99), r.latencies().getMaxValue() / 1000.0,
				r.latencies().getTotalCount(), r.perSecond()));
	}

	private static void row(String name, String measured, String goal, boolean met) {
		System.out.printf("%-66s %10s %12s %5s%n", name, measured, goal, met ? "yes" : "no");
	}

	/** Each client sends its next request when the last one answered. */
	private static Result closedLoop(Call call, List<Target> orders, int clients, int perClient) throws Exception {
		Histogram histogram = new Histogram(60_000_000L, 3);
		long started = System.nanoTime();
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
		double elapsed = (System.nanoTime() - started) / 1e9;
		return new Result(histogram, histogram.getTotalCount() / elapsed);
	}

	/**
	 * Starts a request every {@code 1/rate} seconds on its own virtual thread, after a
	 * warm-up of a third of the time at the same rate, and counts each latency from when
	 * the request was due.
	 */
	private static Result openLoop(Call call, List<Target> orders, int rate, int seconds) throws Exception {
		schedule(call, orders, rate, Math.max(1, seconds / 3), new Recorder(3));
		Recorder recorder = new Recorder(3);
		long started = System.nanoTime();
		int sent = schedule(call, orders, rate, seconds, recorder);
		double elapsed = (System.nanoTime() - started) / 1e9;
		return new Result(recorder.getIntervalHistogram(), sent / elapsed);
	}

	/** Sends on schedule and waits until every request has answered. */
	private static int schedule(Call call, List<Target> orders, int rate, int seconds, Recorder recorder)
			throws InterruptedException {
		long interval = 1_000_000_000L / rate;
		int total = rate * seconds;
		AtomicInteger failures = new AtomicInteger();
		List<Thread> threads = new ArrayList<>(total);
		long first = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = first + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			Target target = orders.get(i % orders.size());
			threads.add(Thread.ofVirtual().start(() -> {
				try {
					call.call(target);
				}
				catch (Exception ex) {
					failures.incrementAndGet();
				}
				recorder.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (failures.get() > 0) {
			System.out.printf("    %d of %d requests failed (counted at the time they failed)%n", failures.get(),
					total);
		}
		return total;
	}

	private static List<Target> placeOrders(RealBackends backends, int bffPort, int count) throws Exception {
		String auth = "Bearer " + Caller.SALES.token();
		List<Target> targets = new ArrayList<>();
		try (TestData data = TestData.forBenchmark(backends)) {
			for (int i = 0; i < count; i++) {
				UUID customer = data.customer("100000000.00");
				List<String> skus = List.of(data.product("1200.00", 1000), data.product("350.50", 1000),
						data.product("9900.00", 1000));
				String body = LoopbackHttp
					.json(Map.of("placementId", UUID.randomUUID().toString(), "customerId", customer.toString(),
							"lines", skus.stream().map((sku) -> Map.of("sku", sku, "quantity", 2)).toList()));
				var response = new LoopbackHttp(bffPort).post("/bff/v1/orders", body, "Authorization", auth);
				if (response.status() != 201) {
					throw new IllegalStateException("Placing a benchmark order failed: " + response.body());
				}
				targets.add(new Target(UUID.fromString(response.json().path("order").path("id").asString()), customer,
						skus));
				// Pay part of each invoice, so the composite has a payment to fetch as it
				// would in real use.
				data.pay(response.json().path("invoice").path("id").asString(), "100.00");
			}
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

	/** {@code name=value} arguments; anything else is refused with the list of names. */
	private static Map<String, String> arguments(String[] args) {
		List<String> known = List.of("orders", "clients", "requests", "warmup", "rate", "seconds", "jvm");
		Map<String, String> arguments = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (equals < 1 || !known.contains(arg.substring(0, equals))) {
				throw new IllegalArgumentException(
						"Unknown argument '%s'; the bff suite takes %s, each as name=value".formatted(arg, known));
			}
			arguments.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		return arguments;
	}

	private record Target(UUID orderId, UUID customerId, List<String> skus) {
	}

	/** A call's latencies, and how many it answered per second. */
	private record Result(Histogram latencies, double perSecond) {
	}

	@FunctionalInterface
	private interface Call {

		void call(Target target) throws Exception;

	}

}
