package com.example.shop.support.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.problem.HttpProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a creating request at most once per key, in the same transaction as its effect.
 * <ul>
 * <li>First time: the action runs and its response is stored with a hash of the
 * request.</li>
 * <li>Replay with the same request: the stored response comes back; nothing runs
 * again.</li>
 * <li>Same key, different request: 422, nothing changes.</li>
 * <li>Same key while the first is still running: 409 (a transaction-scoped advisory lock
 * tells).</li>
 * </ul>
 * Failed requests are not stored: they changed nothing, so a retry simply runs again.
 * Needs the {@code idempotency_record} table (each database's migrations create it).
 */
public class IdempotentExecutor {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	public IdempotentExecutor(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Runs {@code action} once for {@code scope} and {@code key}.
	 * @param <T> the response type
	 * @param scope what kind of creation this is ({@code orders.create}); keys are unique
	 * per scope
	 * @param key the client's idempotency key
	 * @param request the request body, hashed to tell a replay from a reuse
	 * @param responseType how to read a stored response back
	 * @param action the effect and its response
	 * @return the response and whether it is a replay
	 */
	public <T> Outcome<T> execute(String scope, String key, Object request, Class<T> responseType, Supplier<T> action) {
		String requestHash = hash(request);
		return this.transactions.execute((status) -> {
			boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
				.param("lock", scope + " " + key)
				.query(Boolean.class)
				.single();
			if (!locked) {
				throw new HttpProblemException(HttpStatus.CONFLICT, ProblemType.IDEMPOTENCY_IN_FLIGHT,
						"A request with this Idempotency-Key is still being processed; retry shortly");
			}
			Optional<Stored> stored = this.jdbc
				.sql("select request_hash, response_body from idempotency_record where scope = :scope and key = :key")
				.param("scope", scope)
				.param("key", key)
				.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2)))
				.optional();
			if (stored.isPresent()) {
				if (!stored.get().requestHash().equals(requestHash)) {
					throw new HttpProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.IDEMPOTENCY_KEY_REUSED,
							"This Idempotency-Key was already used for a different request",
							Map.of("idempotencyKey", key));
				}
				return new Outcome<>(this.json.readValue(stored.get().responseBody(), responseType), true);
			}
			T response = action.get();
			this.jdbc.sql("""
					insert into idempotency_record (scope, key, request_hash, response_body, created_at)
					values (:scope, :key, :hash, :body, :createdAt)""")
				.param("scope", scope)
				.param("key", key)
				.param("hash", requestHash)
				.param("body", this.json.writeValueAsString(response))
				.param("createdAt", java.sql.Timestamp.from(this.clock.instant()))
				.update();
			return new Outcome<>(response, false);
		});
	}

	private String hash(Object request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private record Stored(String requestHash, String responseBody) {
	}

	/**
	 * What an idempotent execution produced.
	 *
	 * @param <T> the response type
	 * @param response the response, fresh or stored
	 * @param replayed whether it was stored by an earlier request with the same key
	 */
	public record Outcome<T>(T response, boolean replayed) {
	}

}
