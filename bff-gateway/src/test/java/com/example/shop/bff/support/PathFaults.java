package com.example.shop.bff.support;

import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Makes one backend endpoint unreachable while the rest of that backend answers: a call
 * to a path ending in a failing suffix fails as a refused connection would, before it
 * leaves the BFF's HTTP client. {@link com.example.shop.testsupport.http.LoopbackProxy}
 * fails a whole backend; a page that asks one backend several things in parallel needs
 * one of them to fail alone. Cleared before each test.
 */
public class PathFaults implements WebClientCustomizer {

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	/** Calls to paths ending in {@code suffix} fail from now on. */
	public void refuse(String suffix) {
		this.failing.add(suffix);
	}

	public void clear() {
		this.failing.clear();
	}

	@Override
	public void customize(WebClient.Builder builder) {
		builder.filter((request, next) -> {
			String path = request.url().getPath();
			if (this.failing.stream().anyMatch(path::endsWith)) {
				return Mono.error(new WebClientRequestException(new ConnectException("refused by PathFaults"),
						request.method(), request.url(), request.headers()));
			}
			return next.exchange(request);
		});
	}

}
