package com.example.shop.support.domain;

import java.net.URI;
import java.util.Map;

import com.example.shop.problems.ProblemType;

/**
 * A domain saying no: a rule refused the request and nothing was changed. Every backend's
 * domain throws the kinds of {@link DomainRefusal}; the catalog adds its own in
 * {@code CatalogRefusal}. The domain never knows its transport: one mapper per service
 * turns a refusal into an HTTP problem ({@code ProblemDetailsHandler}) or a gRPC status
 * ({@code CatalogErrors}), by its kind and its {@link ProblemType}.
 */
public abstract class Refusal extends RuntimeException {

	private final ProblemType type;

	private final Map<String, Object> properties;

	private final String resource;

	private final String id;

	protected Refusal(ProblemType type, String detail, Map<String, ?> properties) {
		this(type, null, null, detail, properties);
	}

	/**
	 * A refusal about one resource, which the caller can be told (a gRPC
	 * {@code ResourceInfo}).
	 * @param type the problem type
	 * @param resource what kind of thing, such as {@code Product}
	 * @param id which one
	 * @param detail what to tell the caller
	 * @param properties facts a client can act on
	 */
	protected Refusal(ProblemType type, String resource, String id, String detail, Map<String, ?> properties) {
		super(detail);
		this.type = type;
		this.properties = Map.copyOf(properties);
		this.resource = resource;
		this.id = id;
	}

	/** The problem's {@code type} URI. */
	public URI type() {
		return this.type.uri();
	}

	/** The problem type, from the shop's one catalogue. */
	public ProblemType problemType() {
		return this.type;
	}

	/** Facts a client can act on, such as the current version or the allowed statuses. */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/** What kind of thing the refusal is about, or null when it is about no one thing. */
	public String resource() {
		return this.resource;
	}

	/** Which one, or null when it is about no one thing. */
	public String id() {
		return this.id;
	}

}
