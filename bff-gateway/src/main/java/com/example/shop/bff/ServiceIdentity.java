package com.example.shop.bff;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs backend calls as the UI itself, with its client-credentials token (role
 * {@code SERVICE}, {@code azp} = the UI's client), for work no person asked for: the
 * catalog's change stream, and the saga reconciler finishing what a placement left. The
 * backends then authorize by that role (reads, finishing a started saga) and record
 * {@code ui-app} in their audit trails. Call the features' backend ports
 * ({@code OrdersBackend}, {@code BillingBackend}, {@code CatalogBackend}) inside; the
 * BFF's services check a person's role and are not for this.
 *
 * <pre class="code">
 * ServiceIdentity.runAsService(this.orders.get(orderId).flatMap(this::finish));
 * </pre>
 */
public final class ServiceIdentity {

	private static final Caller SERVICE = new Caller.Service();

	private ServiceIdentity() {
	}

	/**
	 * The work, with every backend call in it made as the UI's service identity.
	 * @param <T> the result type
	 * @param work the backend calls, not yet subscribed
	 * @return the same work, as the service
	 */
	public static <T> Mono<T> runAsService(Mono<T> work) {
		return work.contextWrite(Caller.is(SERVICE));
	}

	/**
	 * A stream of work, every backend call in it made as the UI's service identity.
	 * @param <T> the element type
	 * @param work the backend calls, not yet subscribed
	 * @return the same work, as the service
	 */
	public static <T> Flux<T> runAsService(Flux<T> work) {
		return work.contextWrite(Caller.is(SERVICE));
	}

}
