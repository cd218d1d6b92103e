package com.example.shop.catalog.reservation;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.CatalogFixtures;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.ConfirmReservationRequest;
import com.example.shop.catalog.v1.ReleaseReservationRequest;
import com.example.shop.testsupport.metrics.PrometheusScrape;
import com.example.shop.testsupport.mongo.MongoTest;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

import static com.example.shop.catalog.reservation.ReservationsGrpcIT.line;
import static com.example.shop.catalog.reservation.ReservationsGrpcIT.reserve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalog's metrics as Prometheus scrapes them from its actuator port, after real
 * gRPC calls over the network: reservations by outcome, each counted once however often a
 * call is retried, the gRPC server latency histogram, and every metric the dashboards and
 * alert rules use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.grpc.server.port=0", "app.catalog.sweeper.enabled=false" })
@MongoTest(database = "catalog_metrics")
@TrustsTestIssuer
@Import(TestClockConfiguration.class)
class CatalogMetricsIT {

	@LocalGrpcServerPort
	int grpcPort;

	@Value("${local.server.port}")
	int httpPort;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	ManagedChannel channel;

	CatalogServiceGrpc.CatalogServiceBlockingStub catalog;

	@BeforeEach
	void connect() {
		this.clock.set(TestClockConfiguration.START);
		CatalogFixtures.categories(this.mongo);
		CatalogFixtures.product(this.mongo, this.clock, "MET-0001", "Gel Pen", "stationery", "1500.00", 10, true);
		this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", this.grpcPort).usePlaintext().build();
		this.catalog = CatalogServiceGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(10, TimeUnit.SECONDS)
			.withInterceptors(new BearerTokenAuthenticationInterceptor(Caller.SERVICE.token()));
	}

	@AfterEach
	void disconnect() {
		this.channel.shutdownNow();
	}

	@Test
	void reservationsCountByOutcomeOncePerChangeHoweverOftenRetried() {
		String sold = UUID.randomUUID().toString();
		String returned = UUID.randomUUID().toString();
		PrometheusScrape before = PrometheusScrape.from(this.httpPort);

		this.catalog.reserveStock(reserve(sold, line("MET-0001", 2)));
		this.catalog.reserveStock(reserve(sold, line("MET-0001", 2)));
		this.catalog.confirmReservation(ConfirmReservationRequest.newBuilder().setReservationId(sold).build());
		this.catalog.confirmReservation(ConfirmReservationRequest.newBuilder().setReservationId(sold).build());
		this.catalog.reserveStock(reserve(returned, line("MET-0001", 1)));
		this.catalog.releaseReservation(ReleaseReservationRequest.newBuilder().setReservationId(returned).build());
		this.catalog.releaseReservation(ReleaseReservationRequest.newBuilder().setReservationId(returned).build());
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.catalog.reserveStock(reserve(UUID.randomUUID().toString(), line("MET-0001", 99))));
		PrometheusScrape after = PrometheusScrape.from(this.httpPort);

		assertThat(after.increaseSince(before, "shop_catalog_reservations_total", "outcome", "held")).isEqualTo(2);
		assertThat(after.increaseSince(before, "shop_catalog_reservations_total", "outcome", "confirmed")).isEqualTo(1);
		assertThat(after.increaseSince(before, "shop_catalog_reservations_total", "outcome", "released")).isEqualTo(1);
		assertThat(after.increaseSince(before, "shop_catalog_reservations_total", "outcome", "refused")).isEqualTo(1);
	}

	@Test
	void theActuatorPortExportsEveryMetricTheDashboardsAndRulesUse() {
		this.catalog.reserveStock(reserve(UUID.randomUUID().toString(), line("MET-0001", 1)));

		PrometheusScrape scrape = PrometheusScrape.from(this.httpPort);

		scrape.assertExportsEverythingListedFor("catalog");
		// The latency SLO's threshold, an exact bucket the alert rules read.
		assertThat(scrape.has("grpc_server_seconds_bucket", "application", "catalog", "le", "0.5")).isTrue();
	}

}
