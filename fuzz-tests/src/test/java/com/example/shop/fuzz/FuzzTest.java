package com.example.shop.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every API's fuzz test shares: the shop, the seed and the count (fixed, so CI runs
 * the same requests every time; {@code -Dfuzz.seed} and {@code -Dfuzz.requests} change
 * them), the checks after a run, and a plain client for the neighbour checks.
 */
abstract class FuzzTest {

	/**
	 * The seed every run uses unless told otherwise: each API derives its own from it.
	 */
	static final long DEFAULT_SEED = 20261201L;

	final Shop shop = Shop.get();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	static long seed(Api api) {
		return Long.getLong("fuzz.seed", DEFAULT_SEED) * 31 + api.ordinal();
	}

	static int requests() {
		return Integer.getInteger("fuzz.requests", 1000);
	}

	/** A run found nothing, sent what it should, and left every service ready. */
	void assertClean(Findings findings) throws Exception {
		System.out.println(findings.summary());
		assertThat(findings.problems()).as(findings.report()).isEmpty();
		assertThat(findings.sent()).isGreaterThanOrEqualTo(requests());
		assertThat(this.shop.readiness()).as("every service ready after the run")
			.allSatisfy((name, status) -> assertThat(status).isEqualTo(200));
	}

	/**
	 * Hostile requests generated from the REST API's committed contract (its path in the
	 * repository, {@link Contracts}) leave a clean run ({@link #assertClean}).
	 */
	void assertContractFuzzedClean(Api api, String contract) throws Exception {
		assertClean(new RestFuzzer(api, RestContract.committed(contract), this.shop).run(seed(api), requests()));
	}

	/** The neighbour kept its normal latency while the worst case was refused. */
	static void assertUndisturbed(Neighbour.Result result) {
		System.out.println(result);
		assertThat(result.worstCases()).isPositive();
		assertThat(result.wronglyAnswered()).as("worst-case requests not refused with a 4xx").isZero();
		Duration alone = Neighbour.Result.median(result.alone());
		assertThat(Neighbour.Result.median(result.during())).as(result.toString())
			.isLessThanOrEqualTo(alone.multipliedBy(5).plusMillis(25));
		assertThat(Neighbour.Result.max(result.during())).as(result.toString()).isLessThan(Duration.ofSeconds(1));
	}

	int get(Api api, String path) throws IOException, InterruptedException {
		return send(api, HttpRequest.newBuilder(URI.create(this.shop.baseUrl(api) + path)).GET());
	}

	int post(Api api, String path, String json) throws IOException, InterruptedException {
		return send(api,
				HttpRequest.newBuilder(URI.create(this.shop.baseUrl(api) + path))
					.header("Content-Type", "application/json")
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private int send(Api api, HttpRequest.Builder request) throws IOException, InterruptedException {
		Credentials.authorization(api).ifPresent((value) -> request.header("Authorization", value));
		return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
