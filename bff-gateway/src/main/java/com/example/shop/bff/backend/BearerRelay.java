package com.example.shop.bff.backend;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Puts the call's bearer token ({@link Credentials#BEARER} in the Reactor context) on
 * every request to orders and billing: the one place REST calls get their token.
 */
final class BearerRelay implements ExchangeFilterFunction {

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.deferContextual((context) -> next.exchange(context.<String>getOrEmpty(Credentials.BEARER)
			.map((token) -> ClientRequest.from(request).headers((headers) -> headers.setBearerAuth(token)).build())
			.orElse(request)));
	}

}
