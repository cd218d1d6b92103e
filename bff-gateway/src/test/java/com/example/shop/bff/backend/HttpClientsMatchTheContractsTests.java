package com.example.shop.bff.backend;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.example.shop.billing.api.BillingApi;
import com.example.shop.orders.api.OrdersApi;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.HttpExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BFF's {@code @HttpExchange} clients against the OpenAPI documents their providers
 * commit (and ship in their {@code *-api} jars, next to the records): every path and
 * method the client calls, every path, query and header parameter it sends, and every
 * field of the records it sends and reads must be in the contract. An enum the client
 * sends may only use values the contract accepts; an enum it reads must know every value
 * the contract may send. So a client can no longer rely on what the provider does not
 * promise, and drift on either side fails the build here, before any integration test
 * runs.
 */
class HttpClientsMatchTheContractsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theOrdersClientUsesOnlyWhatTheOrdersContractPromises() {
		assertThat(mismatches(OrdersHttp.class, contract(OrdersApi.OPENAPI_RESOURCE))).isEmpty();
	}

	@Test
	void theBillingClientUsesOnlyWhatTheBillingContractPromises() {
		assertThat(mismatches(BillingHttp.class, contract(BillingApi.OPENAPI_RESOURCE))).isEmpty();
	}

	@Test
	void theBatchHistoryClientUsesOnlyWhatBothRestContractsPromise() {
		assertThat(mismatches(BatchHttp.class, contract(OrdersApi.OPENAPI_RESOURCE))).isEmpty();
		assertThat(mismatches(BatchHttp.class, contract(BillingApi.OPENAPI_RESOURCE))).isEmpty();
	}

	@Test
	void aClientCallingAnEndpointTheContractLacksIsCaught() {
		assertThat(mismatches(Drifted.class, contract(BillingApi.OPENAPI_RESOURCE))).containsExactlyInAnyOrder(
				"GET /api/v1/customers/{id}/balances: no such operation in the contract",
				"GET /api/v1/invoices: query parameter 'state' is not in the contract",
				"GET /api/v1/invoices/{id} answers Discounted: field 'discount' is not in the contract's Invoice");
	}

	static List<String> mismatches(Class<?> client, JsonNode contract) {
		List<String> problems = new ArrayList<>();
		HttpExchange root = AnnotatedElementUtils.findMergedAnnotation(client, HttpExchange.class);
		String base = (root != null) ? root.value() : "";
		for (Method method : client.getDeclaredMethods()) {
			HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
			if (exchange == null || method.isSynthetic()) {
				continue;
			}
			String path = base + exchange.value();
			String verb = exchange.method().toUpperCase(Locale.ROOT);
			String name = verb + " " + path;
			JsonNode operation = contract.path("paths").path(path).path(verb.toLowerCase(Locale.ROOT));
			if (operation.isMissingNode()) {
				problems.add(name + ": no such operation in the contract");
				continue;
			}
			for (Parameter parameter : method.getParameters()) {
				checkParameter(name, parameter, operation, contract, problems);
			}
			JsonNode answer = successSchema(operation);
			Type returned = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
			if (method.getReturnType() != Mono.class) {
				problems.add(name + ": the client should return a Mono");
			}
			else if (answer.isMissingNode()) {
				problems.add(name + ": the contract promises no response body");
			}
			else {
				checkType(name + " answers " + simpleName(returned), returned, answer, contract, false, problems);
			}
		}
		return problems;
	}

	private static void checkParameter(String operationName, Parameter parameter, JsonNode operation, JsonNode contract,
			List<String> problems) {
		PathVariable pathVariable = AnnotatedElementUtils.findMergedAnnotation(parameter, PathVariable.class);
		RequestParam requestParam = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
		RequestHeader header = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestHeader.class);
		if (pathVariable != null) {
			expectParameter(operationName, "path", named(pathVariable.name(), parameter), operation, problems);
		}
		else if (requestParam != null) {
			String name = named(requestParam.name(), parameter);
			JsonNode declared = expectParameter(operationName, "query", name, operation, problems);
			if (declared != null) {
				checkType(operationName + " query parameter '" + name + "'", parameter.getParameterizedType(),
						declared.path("schema"), contract, true, problems);
			}
		}
		else if (header != null) {
			expectParameter(operationName, "header", named(header.name(), parameter), operation, problems);
		}
		else if (parameter.isAnnotationPresent(RequestBody.class)) {
			JsonNode body = operation.path("requestBody").path("content");
			if (body.isEmpty()) {
				problems.add(operationName + ": the contract takes no request body");
			}
			else {
				Type type = parameter.getParameterizedType();
				checkType(operationName + " sends " + simpleName(type), type,
						body.properties().iterator().next().getValue().path("schema"), contract, true, problems);
			}
		}
	}

	private static JsonNode expectParameter(String operationName, String in, String name, JsonNode operation,
			List<String> problems) {
		for (JsonNode declared : operation.path("parameters")) {
			if (declared.path("in").asString("").equals(in) && declared.path("name").asString("").equals(name)) {
				return declared;
			}
		}
		problems.add(operationName + ": " + in + " parameter '" + name + "' is not in the contract");
		return null;
	}

	/**
	 * Checks a Java type against a schema: a record field by field, a list by its items,
	 * an enum by its values. {@code sent}: the client sends it (else it reads it).
	 */
	private static void checkType(String where, Type type, JsonNode schema, JsonNode contract, boolean sent,
			List<String> problems) {
		JsonNode resolved = resolve(schema, contract);
		Class<?> raw = raw(type);
		if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
			checkType(where, ((ParameterizedType) type).getActualTypeArguments()[0], resolved.path("items"), contract,
					sent, problems);
		}
		else if (raw.isRecord()) {
			String schemaName = schemaName(schema);
			for (RecordComponent component : raw.getRecordComponents()) {
				JsonNode property = resolved.path("properties").path(component.getName());
				if (property.isMissingNode()) {
					problems
						.add(where + ": field '" + component.getName() + "' is not in the contract's " + schemaName);
				}
				else {
					checkType(where + "." + component.getName(), component.getGenericType(), property, contract, sent,
							problems);
				}
			}
		}
		else if (raw.isEnum()) {
			Set<String> ours = new HashSet<>(Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList());
			Set<String> theirs = new HashSet<>();
			resolved.path("enum").forEach((value) -> theirs.add(value.asString()));
			Set<String> missing = new HashSet<>(sent ? ours : theirs);
			missing.removeAll(sent ? theirs : ours);
			if (!theirs.isEmpty() && !missing.isEmpty()) {
				problems.add(where + ": " + (sent ? "the contract does not accept " : "the client cannot read ")
						+ missing.stream().sorted().toList());
			}
		}
		else if (Map.class.isAssignableFrom(raw) && resolved.path("additionalProperties").isMissingNode()) {
			problems.add(where + ": the contract has no map here");
		}
	}

	private static JsonNode successSchema(JsonNode operation) {
		for (var response : operation.path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				for (var content : response.getValue().path("content").properties()) {
					return content.getValue().path("schema");
				}
			}
		}
		return JSON.missingNode();
	}

	private static JsonNode resolve(JsonNode schema, JsonNode contract) {
		String ref = schema.path("$ref").asString("");
		return ref.startsWith("#/components/schemas/")
				? contract.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)) : schema;
	}

	private static String schemaName(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? "schema" : ref.substring(ref.lastIndexOf('/') + 1);
	}

	private static String named(String declared, Parameter parameter) {
		return declared.isEmpty() ? parameter.getName() : declared;
	}

	private static Class<?> raw(Type type) {
		return (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
	}

	private static String simpleName(Type type) {
		return (type instanceof ParameterizedType parameterized)
				? raw(type).getSimpleName() + "<" + simpleName(parameterized.getActualTypeArguments()[0]) + ">"
				: raw(type).getSimpleName();
	}

	static JsonNode contract(String resource) {
		try (InputStream in = HttpClientsMatchTheContractsTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as("the committed contract %s on the classpath", resource).isNotNull();
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A client that drifted from billing's contract in three ways. */
	@HttpExchange
	interface Drifted {

		@org.springframework.web.service.annotation.GetExchange(BillingApi.CUSTOMERS_PATH + "/{id}/balances")
		Mono<com.example.shop.billing.api.CustomerBalance> balance(@PathVariable java.util.UUID id);

		@org.springframework.web.service.annotation.GetExchange(BillingApi.INVOICES_PATH)
		Mono<com.example.shop.billing.api.InvoicePage> invoices(@RequestParam("state") String state);

		@org.springframework.web.service.annotation.GetExchange(BillingApi.INVOICES_PATH + "/{id}")
		Mono<Discounted> invoice(@PathVariable java.util.UUID id);

	}

	/** An invoice as a client that expects a field billing never promised. */
	record Discounted(java.util.UUID id, String number, com.example.shop.billing.api.Money discount) {
	}

}
