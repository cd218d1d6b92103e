package com.example.shop.support.idempotency;

import java.net.URI;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.example.shop.support.web.Etags;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The one shape of a creating POST: the {@code Idempotency-Key} is required, the effect
 * runs at most once per key ({@link IdempotentExecutor}), and the answer carries its
 * status (201 unless the effect says otherwise), {@code Location}, the {@code ETag} of
 * what it created and {@code Idempotency-Replayed}. A replay answers exactly as the first
 * request did.
 */
public final class IdempotentCreate {

	/** What every creating POST promises, for its OpenAPI description. */
	public static final String CONTRACT = "Idempotent by the Idempotency-Key header: a replay returns the first "
			+ "response; the same key with another body is 422; a replay while the first is in flight is 409.";

	/** Set on every answer of a creating POST: {@code true} when it is a replay. */
	public static final String REPLAYED_HEADER = "Idempotency-Replayed";

	private final IdempotentExecutor executor;

	public IdempotentCreate(IdempotentExecutor executor) {
		this.executor = executor;
	}

	/**
	 * Creates something and answers 201 with it.
	 * @param <T> what is created, as the API shows it
	 * @param scope what kind of creation this is ({@code orders.create})
	 * @param idempotencyKey the raw header, checked here
	 * @param request the request body, hashed to tell a replay from a reuse
	 * @param type how to read a stored answer back
	 * @param create the effect, given the checked key; runs at most once per key
	 * @param location where the created resource lives
	 * @param version its version, for the {@code ETag}
	 * @return the answer
	 */
	public <T> ResponseEntity<T> created(String scope, String idempotencyKey, Object request, Class<T> type,
			Function<String, T> create, Function<T, URI> location, ToLongFunction<T> version) {
		return answer(scope, idempotencyKey, request, type, create, (created) -> new Answer<>(HttpStatus.CREATED,
				location.apply(created), version.applyAsLong(created), created));
	}

	/**
	 * Runs a creating effect whose stored outcome decides the answer (200 for one found
	 * rather than created, a body other than what is stored).
	 * @param <S> what the effect returns and a replay reads back
	 * @param <T> the answer's body
	 * @param scope what kind of creation this is
	 * @param idempotencyKey the raw header, checked here
	 * @param request the request body, hashed to tell a replay from a reuse
	 * @param stored how to read a stored outcome back
	 * @param create the effect, given the checked key; runs at most once per key
	 * @param answer the answer to an outcome, fresh or replayed
	 * @return the answer
	 */
	public <S, T> ResponseEntity<T> answer(String scope, String idempotencyKey, Object request, Class<S> stored,
			Function<String, S> create, Function<S, Answer<T>> answer) {
		String key = IdempotencyKeys.require(idempotencyKey);
		IdempotentExecutor.Outcome<S> outcome = this.executor.execute(scope, key, request, stored,
				() -> create.apply(key));
		Answer<T> response = answer.apply(outcome.response());
		return ResponseEntity.status(response.status())
			.location(response.location())
			.eTag(Etags.of(response.version()))
			.header(REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
			.body(response.body());
	}

	/**
	 * What a creating POST answers.
	 *
	 * @param <T> the body type
	 * @param status 201, or 200 for something that existed already
	 * @param location where it lives
	 * @param version its version, for the {@code ETag}
	 * @param body the body
	 */
	public record Answer<T>(HttpStatus status, URI location, long version, T body) {
	}

}
