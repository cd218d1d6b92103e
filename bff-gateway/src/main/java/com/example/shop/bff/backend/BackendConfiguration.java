package com.example.shop.bff.backend;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.example.shop.bff.AuthorizedClients;
import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.BffProperties;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.billing.OrderNumbers;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.jobs.JobsBackend;
import com.example.shop.bff.order.OrdersBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.grpc.client.ChannelBuilderOptions;
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

	/**
	 * Which token each call carries. The UI's sessions and its own client-credentials
	 * grant go through the UI's one manager, {@link AuthorizedClients}.
	 */
	@Bean
	Credentials credentials(AuthorizedClients clients, BffProperties properties) {
		return new Credentials(clients, properties.serviceClient());
	}

	/** How every backend here is built: its client, its calls, its circuit breaker. */
	@Bean
	Backends backends(WebClient.Builder webClients, BffProperties properties, CircuitBreakerRegistry circuitBreakers,
			Clock clock, Credentials credentials) {
		CircuitLog.follow(circuitBreakers, properties.circuitBreaker().openFor());
		return new Backends(webClients, properties, circuitBreakers, clock, credentials);
	}

	@Bean
	OrdersBackend ordersBackend(Backends backends, BffProperties properties) {
		return backends.rest(OrdersBackend.NAME, properties.orders(), OrdersHttp.class, OrdersRestBackend::new);
	}

	/**
	 * Order numbers for billing's views, through the orders backend's calls and circuit
	 * breaker (one per name).
	 */
	@Bean
	OrderNumbers orderNumbers(Backends backends, BffProperties properties) {
		return backends.rest(OrdersBackend.NAME, properties.orders(), OrdersHttp.class, OrderNumbersRestBackend::new);
	}

	@Bean
	BillingBackend billingBackend(Backends backends, BffProperties properties) {
		return backends.rest(BillingBackend.NAME, properties.billing(), BillingHttp.class, BillingRestBackend::new);
	}

	/**
	 * One channel to the catalog, for its backend and its batch history alike, so a
	 * reconnect after the catalog's circuit half-opens helps both.
	 */
	@Bean
	CatalogChannel catalogChannel(GrpcChannelFactory channels) {
		// Every call with the caller's token as metadata (BearerMetadata).
		return new CatalogChannel(channels.createChannel("catalog",
				ChannelBuilderOptions.defaults().withInterceptors(List.of(new BearerMetadata()))));
	}

	@Bean
	CatalogBackend catalogBackend(Backends backends, CatalogChannel channel, BffProperties properties, Clock clock) {
		BackendCalls calls = backends.catalogCalls();
		CatalogGrpcBackend catalog = new CatalogGrpcBackend(channel.channel(), calls, clock,
				properties.catalog().maxReconnectBackoff());
		calls.circuitBreaker().getEventPublisher().onStateTransition((event) -> {
			if (event.getStateTransition().getToState() == CircuitBreaker.State.HALF_OPEN) {
				catalog.reconnectNow();
			}
		});
		return catalog;
	}

	/** Each backend's batch history, through that backend's calls and circuit breaker. */
	@Bean
	JobsBackend ordersJobs(Backends backends, BffProperties properties) {
		return backends.rest(OrdersBackend.NAME, properties.orders(), BatchHttp.class,
				(http, calls) -> new RestJobs(OrdersBackend.NAME, http, null, calls));
	}

	@Bean
	JobsBackend billingJobs(Backends backends, BffProperties properties) {
		BillingHttp billing = backends.client(properties.billing(), BillingHttp.class);
		return backends.rest(BillingBackend.NAME, properties.billing(), BatchHttp.class,
				(http, calls) -> new RestJobs(BillingBackend.NAME, http, billing::batchReport, calls));
	}

	@Bean
	JobsBackend catalogJobs(Backends backends, CatalogChannel channel) {
		return new CatalogJobs(channel.channel(), backends.catalogCalls());
	}

	/** The catalog's channel, shared. */
	record CatalogChannel(ManagedChannel channel) {
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

	/**
	 * How every backend is built, from what they all take: the application's
	 * {@link WebClient.Builder}, the settings, the circuit breakers, the clock and the
	 * caller's token.
	 */
	record Backends(WebClient.Builder webClients, BffProperties properties, CircuitBreakerRegistry circuitBreakers,
			Clock clock, Credentials credentials) {

		/**
		 * A REST backend: its declarative client, called through its own
		 * {@link BackendCalls}.
		 */
		<H, B> B rest(String name, BffProperties.Http settings, Class<H> client,
				BiFunction<H, BackendCalls, B> adapter) {
			return adapter.apply(client(settings, client),
					calls(name, settings.timeout(), (ex) -> HttpErrors.classify(name, ex)));
		}

		/**
		 * A REST backend's declarative client, every request with the caller's token
		 * ({@link BearerRelay}).
		 */
		<H> H client(BffProperties.Http settings, Class<H> client) {
			WebClient webClient = this.webClients.clone()
				.baseUrl(settings.baseUrl().toString())
				.filter(new BearerRelay())
				.build();
			return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClient)).build().createClient(client);
		}

		/** The catalog's calls over gRPC (one circuit breaker, by its name). */
		BackendCalls catalogCalls() {
			return calls(CatalogBackend.NAME, this.properties.catalog().timeout(),
					(ex) -> GrpcErrors.classify(CatalogBackend.NAME, ex));
		}

		private BackendCalls calls(String name, Duration timeout, Function<Throwable, BackendFailure> classifier) {
			BffProperties.CircuitBreakerSettings settings = this.properties.circuitBreaker();
			CircuitBreakerConfig config = CircuitBreakerConfig.custom()
				.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
				.slidingWindowSize(settings.windowSize())
				.minimumNumberOfCalls(settings.minimumCalls())
				.failureRateThreshold(settings.failureRatePercent())
				.waitDurationInOpenState(settings.openFor())
				.permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
				// Never stuck half-open: trial calls that did not all end within a
				// call's time (one cancelled by its caller, or taken by a request that
				// stopped) open the circuit again, and after openFor new trial calls
				// decide.
				.maxWaitDurationInHalfOpenState(settings.openFor().plus(timeout))
				.automaticTransitionFromOpenToHalfOpenEnabled(false)
				// The application clock, so "open for 10 s" is testable without
				// waiting 10 s.
				.clock(this.clock)
				// Only a backend that fails to answer counts; a 404 or a refused
				// request is a healthy answer. A budget another backend spent, or
				// "still in flight", is neither: ignored, so it counts as no call.
				.recordException((ex) -> ex instanceof BackendUnavailable)
				.ignoreException(
						(ex) -> ex instanceof BackendUnavailable unavailable && !unavailable.countsAgainstTheBackend())
				.build();
			CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker(name, config);
			BffProperties.RetrySettings retry = this.properties.retry();
			return new BackendCalls(name, timeout, circuitBreaker, retry.maxRetries(), retry.firstBackoff(),
					retry.hedgeAfter(), this.clock, classifier, this.credentials);
		}

	}

}
