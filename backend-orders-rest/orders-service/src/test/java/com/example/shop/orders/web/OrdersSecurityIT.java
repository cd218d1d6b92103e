package com.example.shop.orders.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.postgres.PostgresServiceTest;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.RoleMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders as a resource server: a call without a valid token is a 401 problem, one whose
 * token lacks the right a 403 problem, and neither changes anything; the role matrix of
 * docs/security.md, walked for every caller and every endpoint; health open, metrics only
 * on the management port.
 */
@PostgresServiceTest(database = "orders")
class OrdersSecurityIT {

	private static final String ORDERS = "/api/v1/orders";

	@Value("${local.server.port}")
	int port;

	@Value("${local.management.port}")
	int managementPort;

	@org.springframework.beans.factory.annotation.Autowired
	JdbcClient jdbc;

	private LoopbackHttp http;

	private String orderId;

	@BeforeEach
	void anOrder() {
		this.http = new LoopbackHttp(this.port);
		var created = this.http.post(ORDERS, newOrder(), "Idempotency-Key", UUID.randomUUID().toString(),
				"Authorization", "Bearer " + Caller.SALES.token());
		assertThat(created.status()).isEqualTo(201);
		this.orderId = created.json().path("id").asString();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.example.shop.testsupport.security.InvalidTokens#arguments")
	void aCallWithoutAValidTokenIs401AndChangesNothing(String description, String token) {
		String[] authorization = (token != null) ? new String[] { "Authorization", "Bearer " + token } : new String[0];
		Map<String, Object> before = snapshot();

		var create = this.http.post(ORDERS, newOrder(), concat(authorization, "Idempotency-Key", "k-" + description));
		var confirm = this.http.post(ORDERS + "/" + this.orderId + "/confirm", null,
				concat(authorization, "If-Match", "\"0\""));
		var read = this.http.get(ORDERS + "/" + this.orderId, authorization);
		var audit = this.http.get(ORDERS + "/" + this.orderId + "/audit", authorization);

		for (var response : List.of(create, confirm, read, audit)) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.problemType()).isEqualTo("unauthorized");
			assertThat(response.header("WWW-Authenticate"))
				.hasValueSatisfying((h) -> assertThat(h).startsWith("Bearer"));
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aTokenLackingTheRightIs403AndChangesNothing() {
		Map<String, Object> before = snapshot();

		var placedAtATerminal = this.http.post(ORDERS, newOrder(), "Idempotency-Key", "at-a-terminal", "Authorization",
				"Bearer " + Caller.SALES_AT_A_TERMINAL.token());
		var confirmedByBilling = this.http.post(ORDERS + "/" + this.orderId + "/confirm", null, "If-Match", "\"0\"",
				"Authorization", "Bearer " + Caller.BILLING.token());
		var shippedByTheService = this.http.post(ORDERS + "/" + this.orderId + "/ship", null, "If-Match", "\"0\"",
				"Authorization", "Bearer " + Caller.SERVICE.token());

		for (var response : List.of(placedAtATerminal, confirmedByBilling, shippedByTheService)) {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("forbidden");
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	/**
	 * Every caller against every endpoint: allowed means the request reached the service
	 * (whatever it then answered), refused means 403.
	 */
	@ParameterizedTest(name = "{0} {1} by {2}")
	@MethodSource("matrix")
	void theRoleMatrixHolds(String method, String path, Caller caller, boolean allowed) {
		String resolved = path.replace("{id}", path.startsWith("/api/v1/batch") ? "1" : this.orderId)
			.replace("{placementId}", UUID.randomUUID().toString());
		var response = switch (method) {
			case "GET" -> this.http.get(resolved, "Authorization", "Bearer " + caller.token());
			default -> this.http.post(resolved, resolved.equals(ORDERS) ? newOrder() : null, "Authorization",
					"Bearer " + caller.token(), "Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"99\"");
		};

		RoleMatrix.assertAllowedOrRefused(response, allowed);
	}

	@Test
	void theMatrixNamesEveryEndpointOrdersServes(
			@org.springframework.beans.factory.annotation.Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings) {
		RoleMatrix.assertRowsNameEveryServedEndpoint(rows(), mappings, "com.example.shop.orders");
	}

	static Stream<Arguments> matrix() {
		return RoleMatrix.everyCallerAgainstEveryRow(rows());
	}

	/** docs/security.md, the rows orders serves: endpoint to who may call it. */
	static Map<String, Set<Caller>> rows() {
		Set<Caller> everyone = EnumSet.allOf(Caller.class);
		Set<Caller> salesOrAdmin = Caller.withRoles("SALES", "ADMIN");
		Set<Caller> cancellers = EnumSet.copyOf(salesOrAdmin);
		cancellers.add(Caller.SERVICE);
		Map<String, Set<Caller>> rows = new java.util.LinkedHashMap<>();
		rows.put("GET " + ORDERS, everyone);
		rows.put("GET " + ORDERS + "/{id}", everyone);
		rows.put("GET " + ORDERS + "/lookup", everyone);
		rows.put("GET " + ORDERS + "/stats", everyone);
		rows.put("GET " + ORDERS + "/{id}/audit", everyone);
		rows.put("POST " + ORDERS, Caller.throughTheBff());
		rows.put("POST " + ORDERS + "/{id}/confirm", salesOrAdmin);
		rows.put("POST " + ORDERS + "/{id}/ship", salesOrAdmin);
		rows.put("POST " + ORDERS + "/{id}/deliver", salesOrAdmin);
		rows.put("POST " + ORDERS + "/{id}/cancel", cancellers);
		rows.put("POST /api/v1/saga/orders/{id}/progress", Caller.throughTheBff());
		rows.put("POST /api/v1/saga/leases", Caller.throughTheBff());
		rows.put("POST /api/v1/saga/orders/{id}/cancellation/complete", Caller.throughTheBff());
		rows.put("POST /api/v1/saga/orders/{id}/cancellation/revert", Caller.throughTheBff());
		rows.put("POST /api/v1/saga/placements/{placementId}/abandon", Caller.throughTheBff());
		rows.put("GET /api/v1/saga/orders", Caller.throughTheBff());
		rows.put("GET /api/v1/batch/executions", Caller.withRoles("ADMIN"));
		rows.put("GET /api/v1/batch/executions/{id}", Caller.withRoles("ADMIN"));
		return rows;
	}

	@Test
	void healthIsAnonymousAndMetricsLiveOnlyOnTheManagementPort() {
		LoopbackHttp management = new LoopbackHttp(this.managementPort);

		assertThat(this.http.get("/readyz").status()).isEqualTo(200);
		assertThat(this.http.get("/livez").status()).isEqualTo(200);
		assertThat(this.http.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(this.http.get("/actuator/prometheus", "Authorization", "Bearer " + Caller.ADMIN.token()).status())
			.isNotEqualTo(200);
		assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(management.get("/actuator/prometheus", "Accept", "text/plain").body())
			.contains("jvm_memory_used_bytes");
	}

	private Map<String, Object> snapshot() {
		return Map.of("orders", this.jdbc.sql("select count(*) from orders").query(Long.class).single(), "versions",
				this.jdbc.sql("select coalesce(sum(version), 0) from orders").query(Long.class).single(), "statuses",
				this.jdbc.sql("select string_agg(status, ',' order by id) from orders").query(String.class).single(),
				"audit entries", this.jdbc.sql("select count(*) from order_audit").query(Long.class).single());
	}

	private static String newOrder() {
		return """
				{"customerId": "%s", "customerName": "Hanbit Foods", "lines": [{"sku": "SKU-0001",
				 "productName": "Pen", "unitPrice": {"amount": "1000.00", "currency": "KRW"}, "quantity": 2}]}"""
			.formatted(UUID.randomUUID());
	}

	private static String[] concat(String[] first, String... more) {
		return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
	}

}
