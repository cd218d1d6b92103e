package com.example.shop.bff.backend;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.BffProperties;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.order.OrdersBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * The three backends, each implementing what the features declare they need
 * ({@code OrdersBackend}, {@code BillingBackend}, {@code CatalogBackend}) over a
 * declarative client behind its own circuit breaker. Found by the BFF's component scan;
 * nothing outside this package names a class in it.
 */
@Configuration(proxyBeanMethods = false)
class BackendConfiguration {

	@Bean
	OrdersBackend ordersBackend(WebClient.Builder webClients, BffProperties properties,
			CircuitBreakerRegistry circuitBreakers, Clock clock) {
		OrdersHttp http = client(webClients, properties.orders().baseUrl(), OrdersHttp.class);
		return new OrdersRestBackend(http, calls(OrdersBackend.NAME, properties.orders().timeout(), properties,
				circuitBreakers, clock, (ex) -> HttpErrors.classify(OrdersBackend.NAME, ex)));
	}

	@Bean
	BillingBackend billingBackend(WebClient.Builder webClients, BffProperties properties,
			CircuitBreakerRegistry circuitBreakers, Clock clock) {
		BillingHttp http = client(webClients, properties.billing().baseUrl(), BillingHttp.class);
		return new BillingRestBackend(http, calls(BillingBackend.NAME, properties.billing().timeout(), properties,
				circuitBreakers, clock, (ex) -> HttpErrors.classify(BillingBackend.NAME, ex)));
	}

	@Bean
	CatalogBackend catalogBackend(GrpcChannelFactory channels, BffProperties properties,
			CircuitBreakerRegistry circuitBreakers, Clock clock) {
		BackendCalls calls = calls(CatalogBackend.NAME, properties.catalog().timeout(), properties, circuitBreakers,
				clock, (ex) -> GrpcErrors.classify(CatalogBackend.NAME, ex));
		CatalogGrpcBackend catalog = new CatalogGrpcBackend(channels.createChannel("catalog"), calls, clock,
				properties.catalog().maxReconnectBackoff());
		calls.circuitBreaker().getEventPublisher().onStateTransition((event) -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.HALF_OPEN) {
				catalog.reconnectNow();
			}
		});
		return catalog;
	}

	/**
	 * One time budget per user request, started where requests enter: see
	 * {@link RequestBudget}. Infrastructure, so method security's auto-proxy creator
	 * applies it too.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor requestBudget(ObjectProvider<BffProperties> properties, ObjectProvider<Clock> clock) {
		return RequestBudget.advisor(SingletonSupplier.of(properties::getObject),
				SingletonSupplier.of(clock::getObject));
	}

	private static BackendCalls calls(String name, Duration timeout, BffProperties properties,
			CircuitBreakerRegistry registry, Clock clock,
			java.util.function.Function<Throwable, BackendFailure> classifier) {
		BffProperties.CircuitBreakerSettings settings = properties.circuitBreaker();
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.windowSize())
			.minimumNumberOfCalls(settings.minimumCalls())
			.failureRateThreshold(settings.failureRatePercent())
			.waitDurationInOpenState(settings.openFor())
			.permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
			.automaticTransitionFromOpenToHalfOpenEnabled(false)
			// The application clock, so "open for 10 s" is testable without waiting 10 s.
			.clock(clock)
			// Only a backend that fails to answer counts; a 404 or a refused request is a
			// healthy answer.
			.recordException((ex) -> ex instanceof BackendUnavailable)
			.build();
		CircuitBreaker circuitBreaker = registry.circuitBreaker(name, config);
		return new BackendCalls(name, timeout, circuitBreaker, properties.retry().maxRetries(),
				properties.retry().firstBackoff(), clock, classifier);
	}

	private static <T> T client(WebClient.Builder webClients, URI baseUrl, Class<T> type) {
		WebClient webClient = webClients.clone().baseUrl(baseUrl.toString()).build();
		return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClient)).build().createClient(type);
	}

}
