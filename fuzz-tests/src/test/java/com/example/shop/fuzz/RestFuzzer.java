package com.example.shop.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile HTTP requests generated from a committed OpenAPI document. Each request is a
 * valid one (values drawn from the schema and from data that exists) with one part made
 * hostile: a parameter, a body field at any depth, the body as a whole, or the path. The
 * contract says whether the hostile part breaks it (too long, too many, wrong shape or
 * type, missing); such a request must be refused with a 4xx that says so (400, or 413,
 * 414, 415, 431 from the server, 401/403 before anything). Every answer must come within
 * {@link Findings#ANSWER_BOUND}, never be a 5xx, and a refused request must leave the
 * data as it was.
 */
final class RestFuzzer {

	/** What a request that breaks the contract may be answered with. */
	private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 413, 414, 415, 431);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String RAW = "\u0001RAW";

	private final Api api;

	private final RestContract contract;

	private final Shop shop;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	RestFuzzer(Api api, RestContract contract, Shop shop) {
		this.api = api;
		this.contract = contract;
		this.shop = shop;
	}

	/**
	 * Sends {@code count} requests drawn from {@code seed}; what went wrong is in the
	 * result.
	 */
	Findings run(long seed, int count) {
		Findings findings = new Findings(this.api, seed);
		SplittableRandom random = new SplittableRandom(seed);
		String before = null;
		List<Case> boundaries = boundaries(random.split());
		for (int i = 0; i < count; i++) {
			RestContract.Operation operation = this.contract.operations.get(i % this.contract.operations.size());
			Case hostile = (i < boundaries.size()) ? boundaries.get(i) : build(operation, random.split());
			if (before == null) {
				before = this.shop.fingerprint(this.api);
			}
			long started = System.nanoTime();
			int status;
			try {
				status = send(hostile);
			}
			catch (IOException ex) {
				findings.add(i, hostile.describe(), "no answer: " + ex);
				before = null;
				continue;
			}
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			findings.count(String.valueOf(status), took);
			if (status >= 500) {
				findings.add(i, hostile.describe(), "answered " + status);
			}
			if (took.compareTo(Findings.ANSWER_BOUND) > 0) {
				findings.add(i, hostile.describe(), "answered after " + took.toMillis() + " ms");
			}
			// A path outside the contract names no resource: 404 says so as well as 400.
			boolean refused = REFUSALS.contains(status) || (hostile.inPath && status == 404);
			if (hostile.violates && !refused) {
				findings.add(i, hostile.describe(),
						"breaks the contract (%s) but was answered %d".formatted(hostile.violation, status));
			}
			if (status >= 400) {
				String after = this.shop.fingerprint(this.api);
				if (!after.equals(before)) {
					findings.add(i, hostile.describe(), "was refused with %d but changed data".formatted(status));
				}
				before = after;
			}
			else {
				before = null;
			}
		}
		return findings;
	}

	int send(Case hostile) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.shop.baseUrl(this.api) + hostile.target()))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", hostile.operation.accept());
		Credentials.authorization(this.api).ifPresent((value) -> request.header("Authorization", value));
		hostile.headers.forEach(request::header);
		byte[] body = hostile.bodyBytes();
		if (body != null) {
			request.header("Content-Type", hostile.contentType);
		}
		request.method(hostile.operation.method(),
				(body != null) ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/**
	 * One request per bound in the contract, each one past it: every string one character
	 * longer than its maxLength, every list one entry longer than its maxItems. These run
	 * first, so every bound is tried in every run whatever the seed draws.
	 */
	List<Case> boundaries(RandomGenerator random) {
		List<Case> cases = new ArrayList<>();
		for (RestContract.Operation operation : this.contract.operations) {
			for (RestContract.Param param : operation.params()) {
				JsonNode schema = this.contract.resolve(param.schema());
				if (schema.has("maxLength")) {
					Case past = baseline(operation, random);
					past.params.put(param.name(), List.of("A".repeat(schema.path("maxLength").asInt() + 1)));
					past.breaks(true, param.name() + " one past maxLength");
					cases.add(past);
				}
				if (schema.has("maxItems")) {
					Case past = baseline(operation, random);
					List<String> values = new ArrayList<>();
					for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
						values.add(text(valid(this.contract.resolve(schema.path("items")), param.name(), random, 0)));
					}
					past.params.put(param.name(), values);
					past.breaks(true, param.name() + " one past maxItems");
					cases.add(past);
				}
			}
			if (operation.body() == null) {
				continue;
			}
			List<Location> locations = new ArrayList<>();
			locations(baseline(operation, random).body, this.contract.resolve(operation.body()), "", locations);
			for (Location location : locations) {
				if (location.schema.has("maxLength")) {
					Case past = baseline(operation, random);
					past.set(location, NODES.stringNode("A".repeat(location.schema.path("maxLength").asInt() + 1)));
					past.breaks(true, location.pointer + " one past maxLength");
					cases.add(past);
				}
				if (location.schema.has("maxItems") && location.node != null && location.node.size() > 0) {
					Case past = baseline(operation, random);
					ArrayNode many = NODES.arrayNode();
					for (int i = 0; i <= location.schema.path("maxItems").asInt(); i++) {
						many.add(location.node.get(0).deepCopy());
					}
					past.set(location, many);
					past.breaks(true, location.pointer + " one past maxItems");
					cases.add(past);
				}
			}
		}
		return cases;
	}

	Case build(RestContract.Operation operation, RandomGenerator random) {
		Case hostile = baseline(operation, random);
		mutate(hostile, random);
		return hostile;
	}

	private Case baseline(RestContract.Operation operation, RandomGenerator random) {
		Case hostile = new Case(operation);
		for (RestContract.Param param : operation.params()) {
			// Headers (Idempotency-Key, If-Match) always go: without them every request
			// is
			// refused for that alone, and a bound behind it would never be tried.
			if (param.required() || !param.in().equals("query") || random.nextInt(3) == 0) {
				hostile.params.put(param.name(), values(param, random));
			}
		}
		if (operation.body() != null) {
			hostile.body = valid(this.contract.resolve(operation.body()), "body", random, 0);
		}
		return hostile;
	}

	private List<String> values(RestContract.Param param, RandomGenerator random) {
		JsonNode schema = this.contract.resolve(param.schema());
		if (schema.path("type").asString().equals("array")) {
			List<String> values = new ArrayList<>();
			int count = 1 + random.nextInt(Math.min(3, schema.path("maxItems").asInt(3)));
			for (int i = 0; i < count; i++) {
				values.add(text(valid(this.contract.resolve(schema.path("items")), param.name(), random, 0)));
			}
			return values;
		}
		String name = param.name();
		if (param.in().equals("header") && name.equalsIgnoreCase("If-Match")) {
			return List.of("\"" + random.nextInt(3) + "\"");
		}
		if (param.in().equals("header")) {
			return List.of(UUID.randomUUID().toString());
		}
		if (param.in().equals("path") && name.equals("id")) {
			return List.of(knownId(operation(param), random));
		}
		return List.of(text(valid(schema, name, random, 0)));
	}

	private String operation(RestContract.Param param) {
		return this.contract.operations.stream()
			.filter((o) -> o.params().contains(param))
			.map(RestContract.Operation::path)
			.findFirst()
			.orElse("");
	}

	private String knownId(String path, RandomGenerator random) {
		String kind = path.contains("/invoices/") ? "invoice" : path.contains("/customers/") ? "customer" : "order";
		return (random.nextInt(5) == 0) ? UUID.randomUUID().toString() : pick(this.shop.known.get(kind), random);
	}

	/**
	 * A valid value of a schema, drawn from data that exists where the name says what it
	 * is.
	 */
	private JsonNode valid(JsonNode schema, String name, RandomGenerator random, int depth) {
		String lower = name.toLowerCase();
		switch (schema.path("type").asString("object")) {
			case "string" -> {
				if (schema.has("enum")) {
					JsonNode values = schema.path("enum");
					return values.get(random.nextInt(values.size()));
				}
				String format = schema.path("format").asString("");
				if (format.equals("uuid")) {
					String kind = lower.contains("customer") ? "customer" : lower.contains("invoice") ? "invoice"
							: lower.contains("placement") ? "placement" : lower.contains("order") ? "order" : null;
					return NODES.stringNode((kind != null && random.nextInt(4) > 0)
							? pick(this.shop.known.get(kind), random) : UUID.randomUUID().toString());
				}
				if (format.equals("date")) {
					return NODES.stringNode(LocalDate.now().minusDays(random.nextInt(30)).toString());
				}
				if (lower.contains("sku")) {
					return NODES.stringNode(pick(this.shop.known.get("sku"), random));
				}
				if (lower.contains("category")) {
					return NODES.stringNode("stationery");
				}
				if (lower.equals("currency")) {
					return NODES.stringNode("KRW");
				}
				if (lower.equals("amount")) {
					return NODES.stringNode(random.nextInt(100) + "0.00");
				}
				if (lower.contains("email")) {
					return NODES.stringNode("fuzz" + random.nextInt(1000) + "@example.com");
				}
				if (lower.equals("sort")) {
					return NODES.stringNode(random.nextBoolean() ? "updatedAt,desc" : "number");
				}
				int max = schema.path("maxLength").asInt(20);
				if (schema.has("pattern")) {
					String sample = Sample.matching(schema.path("pattern").asString(), random, max);
					// Names are required and not blank: a valid request has one.
					return NODES.stringNode(
							sample.isBlank() && "Fuzz".matches(schema.path("pattern").asString()) ? "Fuzz" : sample);
				}
				return NODES.stringNode("Fuzz " + name + " " + random.nextInt(1000));
			}
			case "integer" -> {
				long min = schema.path("minimum").asLong(0);
				long max = schema.path("maximum").asLong(lower.equals("size") ? 100 : 20);
				if (lower.equals("page")) {
					return NODES.numberNode(0);
				}
				return NODES.numberNode(min + random.nextLong(Math.min(max - min + 1, 20)));
			}
			case "number" -> {
				return NODES.numberNode(random.nextInt(100));
			}
			case "boolean" -> {
				return NODES.booleanNode(random.nextBoolean());
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				int count = 1 + random.nextInt(Math.min(3, Math.max(1, schema.path("maxItems").asInt(3))));
				for (int i = 0; i < count; i++) {
					array.add(valid(this.contract.resolve(schema.path("items")), name, random, depth + 1));
				}
				return array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				if (depth > 5) {
					return object;
				}
				Set<String> required = new java.util.HashSet<>();
				schema.path("required").forEach((r) -> required.add(r.asString()));
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					if (required.contains(property.getKey()) || random.nextBoolean()) {
						object.set(property.getKey(), valid(this.contract.resolve(property.getValue()),
								property.getKey(), random, depth + 1));
					}
				}
				if (schema.path("additionalProperties").isObject()) {
					object.set("brand", valid(this.contract.resolve(schema.path("additionalProperties")), "brand",
							random, depth + 1));
				}
				return object;
			}
		}
	}

	/**
	 * Makes one part of the request hostile, and notes whether that breaks the contract.
	 */
	private void mutate(Case hostile, RandomGenerator random) {
		List<Runnable> choices = new ArrayList<>();
		for (RestContract.Param param : hostile.operation.params()) {
			choices.add(() -> mutateParam(hostile, param, random));
			if (param.in().equals("query")) {
				choices.add(() -> undecodableQuery(hostile, param, random));
			}
		}
		if (hostile.body != null) {
			List<Location> locations = new ArrayList<>();
			locations(hostile.body, this.contract.resolve(hostile.operation.body()), "", locations);
			for (Location location : locations) {
				choices.add(() -> mutateBody(hostile, location, random));
			}
			choices.add(() -> malformBody(hostile, random));
		}
		if (choices.isEmpty()) {
			choices.add(() -> hostile.suffix = "/" + Hostile.longText(5000, random));
		}
		choices.get(random.nextInt(choices.size())).run();
	}

	private void mutateParam(Case hostile, RestContract.Param param, RandomGenerator random) {
		JsonNode schema = this.contract.resolve(param.schema());
		boolean header = param.in().equals("header");
		if (schema.path("type").asString().equals("array")) {
			JsonNode items = this.contract.resolve(schema.path("items"));
			int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
			switch (random.nextInt(3)) {
				case 0 -> {
					int count = (max < 1000) ? max + 1 + random.nextInt(2) * 300 : 400;
					List<String> many = new ArrayList<>();
					for (int i = 0; i < count; i++) {
						many.add(text(valid(items, param.name(), random, 0)));
					}
					hostile.params.put(param.name(), many);
					hostile.breaks(count > max, param.name() + " has " + count + " values");
				}
				default -> {
					Value value = hostileString(items, random, false);
					if (value.text == null || value.text.trim().isEmpty()) {
						hostile.params.remove(param.name());
						hostile.breaks(param.required(), "without " + param.name());
					}
					else {
						hostile.params.put(param.name(), List.of(value.text));
						hostile.breaks(value.violates, param.name() + ": " + value.why);
					}
				}
			}
			return;
		}
		Value value = header ? hostileHeader(random) : hostileString(schema, random, param.in().equals("path"));
		if (value.text == null) {
			hostile.params.remove(param.name());
			hostile.breaks(param.required(), "without " + param.name());
			return;
		}
		hostile.params.put(param.name(), List.of(value.text));
		hostile.inPath = param.in().equals("path");
		// An empty query value reads as absent (Spring trims it first, and trimming takes
		// control characters such as NUL too), and an empty path segment is another
		// address: neither is a value the contract can refuse.
		boolean empty = value.text.trim().isEmpty() && !header;
		hostile.breaks(value.violates && !empty, param.name() + ": " + value.why);
	}

	/**
	 * A query parameter whose name or value is not percent-encoded UTF-8 (a lone byte, an
	 * overlong form, a surrogate, a cut sequence): the server cannot read the query at
	 * all.
	 */
	private void undecodableQuery(Case hostile, RestContract.Param param, RandomGenerator random) {
		String bytes = Hostile.pick(List.of("%FF%FE", "%C0%AF", "%ED%A0%80", "%E2%82", "%F4%90%80%80"), random);
		hostile.rawQuery = random.nextBoolean() ? Case.encode(param.name()) + "=" + bytes : bytes + "=1";
		hostile.breaks(true, "query " + hostile.rawQuery + " is not percent-encoded UTF-8");
	}

	private Value hostileHeader(RandomGenerator random) {
		String value = switch (random.nextInt(5)) {
			case 0 -> "x".repeat(4000);
			case 1 -> "\"" + "9".repeat(40) + "\"";
			case 2 -> "W/\"1\", \"2\", *";
			case 3 -> Hostile.pick(List.of("' OR 1=1", "../..", "${jndi:x}", "%00", "*", ""), random);
			default -> null;
		};
		return new Value(value, false, "header " + ((value != null) ? abbreviate(value) : "missing"));
	}

	/**
	 * A hostile text for a string schema, and whether the schema refuses it. Path values
	 * are sent percent-encoded.
	 */
	private Value hostileString(JsonNode schema, RandomGenerator random, boolean path) {
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		String type = schema.path("type").asString("string");
		String value = switch (random.nextInt(8)) {
			case 0 -> Hostile.longText((max < 100_000) ? max + 1 : 1000, random);
			case 1 -> Hostile.longText(path ? 5000 : 100_000, random);
			case 2 -> (max < 100_000) ? "A".repeat(max) : "A";
			case 3 -> Hostile.pick(Hostile.INJECTIONS, random);
			case 4 -> Hostile.pick(Hostile.ODD_UNICODE, random);
			case 5 -> Hostile.number(random);
			case 6 -> "";
			default -> path ? "a/../b" : null;
		};
		if (value == null) {
			return new Value(null, true, "missing");
		}
		return new Value(value, !accepts(schema, type, value), abbreviate(value));
	}

	/** Whether the contract's schema admits this text (as a parameter's value). */
	private static boolean accepts(JsonNode schema, String type, String value) {
		if (schema.has("enum")) {
			for (JsonNode allowed : schema.path("enum")) {
				if (allowed.asString().equals(value)) {
					return true;
				}
			}
			return false;
		}
		switch (type) {
			case "integer" -> {
				try {
					long number = Long.parseLong(value);
					boolean int32 = schema.path("format").asString().equals("int32");
					return (!int32 || (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE))
							&& (!schema.has("minimum") || number >= schema.path("minimum").asLong())
							&& (!schema.has("maximum") || number <= schema.path("maximum").asLong());
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
			case "boolean" -> {
				return value.equals("true") || value.equals("false");
			}
			case "string" -> {
				String format = schema.path("format").asString("");
				if (format.equals("uuid")) {
					return value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
				}
				if (format.equals("date")) {
					return value.matches("\\d{4}-\\d{2}-\\d{2}");
				}
				int length = value.codePointCount(0, value.length());
				return length <= schema.path("maxLength").asInt(Integer.MAX_VALUE)
						&& length >= schema.path("minLength").asInt(0) && (!schema.has("pattern")
								|| Pattern.compile(schema.path("pattern").asString()).matcher(value).matches());
			}
			default -> {
				return true;
			}
		}
	}

	private void mutateBody(Case hostile, Location location, RandomGenerator random) {
		JsonNode schema = location.schema;
		String type = schema.path("type").asString("object");
		String field = location.pointer.isEmpty() ? "body" : location.pointer;
		switch (random.nextInt(10)) {
			case 0 -> {
				hostile.remove(location);
				hostile.breaks(location.removalBreaks, "without " + field);
			}
			case 1 -> {
				JsonNode wrong = switch (random.nextInt(4)) {
					case 0 -> NODES.numberNode(7);
					case 1 -> NODES.booleanNode(true);
					case 2 -> NODES.objectNode().put("$gt", "");
					default -> NODES.arrayNode().add("x");
				};
				// JSON parsers coerce a number or boolean into a string field ("7"), as
				// Jackson does by default: accepting that is no breach of bounds.
				boolean fits = (wrong.isNumber() && (type.equals("integer") || type.equals("number")))
						|| ((wrong.isNumber() || wrong.isBoolean()) && type.equals("string")
								&& accepts(schema, type, wrong.toString()))
						|| (wrong.isBoolean() && type.equals("boolean")) || (wrong.isObject() && type.equals("object"))
						|| (wrong.isArray() && type.equals("array"));
				hostile.set(location, wrong);
				hostile.breaks(!fits, field + " as " + wrong);
			}
			case 2 -> {
				hostile.set(location, NODES.nullNode());
				hostile.breaks(location.required, field + " null");
			}
			default -> {
				switch (type) {
					case "string" -> {
						if (random.nextInt(4) == 0) {
							// Invalid Unicode that JSON can carry: an unpaired surrogate
							// escape.
							hostile.raw(location, "\"a\\ud800b\"");
							hostile.breaks(schema.has("pattern") || schema.has("format"), field + " with \\ud800");
						}
						else {
							Value value = hostileString(schema, random, false);
							if (value.text == null) {
								hostile.remove(location);
								hostile.breaks(location.removalBreaks, "without " + field);
							}
							else {
								hostile.set(location, NODES.stringNode(value.text));
								hostile.breaks(value.violates, field + ": " + value.why);
							}
						}
					}
					case "integer", "number" -> {
						String number = Hostile.number(random);
						hostile.raw(location, number);
						hostile.breaks(!accepts(schema, type, number), field + " = " + abbreviate(number));
					}
					case "array" -> {
						int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
						int count = (max < 10_000) ? max + 1 + random.nextInt(2) * 1000 : 2000;
						ArrayNode many = NODES.arrayNode();
						JsonNode item = (location.node != null && location.node.size() > 0) ? location.node.get(0)
								: NODES.stringNode("x");
						for (int i = 0; i < count; i++) {
							many.add(item.deepCopy());
						}
						hostile.set(location, many);
						hostile.breaks(count > max, field + " with " + count + " items");
					}
					case "object" -> {
						if (random.nextBoolean() && location.node instanceof ObjectNode object
								&& object.propertyNames().iterator().hasNext()) {
							String key = object.propertyNames().iterator().next();
							hostile.duplicateKey(location, key);
							hostile.breaks(false, field + " with '" + key + "' twice");
						}
						else {
							ObjectNode extra = (location.node instanceof ObjectNode object) ? object.deepCopy()
									: NODES.objectNode();
							extra.put("unexpected" + random.nextInt(10), Hostile.pick(Hostile.INJECTIONS, random));
							hostile.set(location, extra);
							hostile.breaks(false, field + " with an unknown field");
						}
					}
					default -> hostile.breaks(false, field + " unchanged");
				}
			}
		}
	}

	private void malformBody(Case hostile, RandomGenerator random) {
		String json = Shop.JSON.writeValueAsString(hostile.body);
		hostile.body = null;
		switch (random.nextInt(7)) {
			case 0 -> hostile.rawBody = json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8);
			case 1 -> hostile.rawBody = (json + "}}garbage").getBytes(StandardCharsets.UTF_8);
			case 2 -> hostile.rawBody = "[".repeat(10_000).getBytes(StandardCharsets.UTF_8);
			case 3 -> {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				bytes.writeBytes(json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8));
				bytes.writeBytes(",\"x\":\"".getBytes(StandardCharsets.UTF_8));
				bytes.writeBytes(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE });
				bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
				hostile.rawBody = bytes.toByteArray();
			}
			case 4 -> {
				hostile.rawBody = new byte[0];
				hostile.breaks(hostile.operation.bodyRequired(), "body empty");
				return;
			}
			case 5 -> {
				hostile.rawBody = json.getBytes(StandardCharsets.UTF_8);
				hostile.contentType = "text/plain";
			}
			default -> hostile.rawBody = ("{\"x\":\"" + "A".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		}
		hostile.breaks(true, "body malformed (" + hostile.rawBody.length + " bytes, " + hostile.contentType + ")");
	}

	/** Every place in a body a mutation can hit, with its schema. */
	private void locations(JsonNode node, JsonNode schema, String pointer, List<Location> into) {
		String type = schema.path("type").asString("object");
		if (type.equals("object") && node instanceof ObjectNode object) {
			Set<String> required = new java.util.HashSet<>();
			schema.path("required").forEach((r) -> required.add(r.asString()));
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				JsonNode child = object.get(property.getKey());
				JsonNode childSchema = this.contract.resolve(property.getValue());
				String childPointer = pointer + "/" + property.getKey();
				boolean isRequired = required.contains(property.getKey());
				into.add(new Location(childPointer, childSchema, child, isRequired, isRequired));
				if (child != null) {
					locations(child, childSchema, childPointer, into);
				}
			}
		}
		else if (type.equals("array") && node instanceof ArrayNode array && array.size() > 0) {
			JsonNode items = this.contract.resolve(schema.path("items"));
			// An item may not be null; taking one out breaks the contract only below
			// minItems.
			into.add(new Location(pointer + "/0", items, array.get(0), true,
					array.size() <= schema.path("minItems").asInt(0)));
			locations(array.get(0), items, pointer + "/0", into);
		}
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : node.toString();
	}

	private static <T> T pick(List<T> values, RandomGenerator random) {
		return values.get(random.nextInt(values.size()));
	}

	static String abbreviate(String value) {
		String shown = (value.length() > 60) ? value.substring(0, 30) + "...(" + value.length() + " chars)" : value;
		StringBuilder printable = new StringBuilder();
		shown.chars()
			.forEach((c) -> printable.append(
					(c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)) ? "\\u%04x".formatted(c) : (char) c));
		return printable.toString();
	}

	/** A place in a body, its schema and current value, and whether it must be there. */
	private record Location(String pointer, JsonNode schema, JsonNode node, boolean required, boolean removalBreaks) {
	}

	/** A hostile text, whether the contract refuses it, and what it is in a few words. */
	private record Value(String text, boolean violates, String why) {
	}

	/** One request being built, then sent. */
	static final class Case {

		final RestContract.Operation operation;

		final Map<String, List<String>> params = new LinkedHashMap<>();

		final Map<String, String> headers = new LinkedHashMap<>();

		JsonNode body;

		byte[] rawBody;

		String contentType = "application/json";

		String suffix = "";

		/** Sent as it is after the other query parameters: already percent-encoded. */
		String rawQuery = "";

		boolean violates;

		boolean inPath;

		String violation = "";

		private final List<String> raws = new ArrayList<>();

		Case(RestContract.Operation operation) {
			this.operation = operation;
		}

		void breaks(boolean violates, String what) {
			this.violates = violates;
			this.violation = what;
		}

		void set(Location location, JsonNode value) {
			if (location.pointer.isEmpty()) {
				this.body = value;
				return;
			}
			int slash = location.pointer.lastIndexOf('/');
			JsonNode parent = this.body.at(location.pointer.substring(0, slash));
			String key = location.pointer.substring(slash + 1);
			if (parent instanceof ObjectNode object) {
				object.set(key, value);
			}
			else if (parent instanceof ArrayNode array) {
				array.set(Integer.parseInt(key), value);
			}
		}

		void remove(Location location) {
			int slash = location.pointer.lastIndexOf('/');
			JsonNode parent = this.body.at(location.pointer.substring(0, slash));
			String key = location.pointer.substring(slash + 1);
			if (parent instanceof ObjectNode object) {
				object.remove(key);
			}
			else if (parent instanceof ArrayNode array) {
				array.remove(Integer.parseInt(key));
			}
		}

		/**
		 * Puts JSON text as it is (a number Jackson would not write, an escape) there.
		 */
		void raw(Location location, String json) {
			this.raws.add(json);
			set(location, NODES.stringNode(RAW + (this.raws.size() - 1)));
		}

		void duplicateKey(Location location, String key) {
			JsonNode value = ((ObjectNode) location.node).get(key);
			this.raws.add(Shop.JSON.writeValueAsString(location.node)
				.replaceFirst("^\\{", "{\"" + key + "\":" + Shop.JSON.writeValueAsString(value) + ","));
			set(location, NODES.stringNode(RAW + (this.raws.size() - 1)));
		}

		byte[] bodyBytes() {
			if (this.rawBody != null) {
				return this.rawBody;
			}
			if (this.body == null) {
				return null;
			}
			String json = Shop.JSON.writeValueAsString(this.body);
			for (int i = 0; i < this.raws.size(); i++) {
				json = json.replace("\"\\u0001RAW" + i + "\"", this.raws.get(i));
			}
			return json.getBytes(StandardCharsets.UTF_8);
		}

		String target() {
			String path = this.operation.path();
			StringBuilder query = new StringBuilder();
			for (RestContract.Param param : this.operation.params()) {
				List<String> values = this.params.get(param.name());
				if (values == null) {
					if (param.in().equals("path")) {
						path = path.replace("{" + param.name() + "}", "");
					}
					continue;
				}
				switch (param.in()) {
					case "path" -> path = path.replace("{" + param.name() + "}", encode(values.getFirst()));
					case "query" -> values.forEach((v) -> query.append((query.length() == 0) ? '?' : '&')
						.append(encode(param.name()))
						.append('=')
						.append(encode(v)));
					case "header" -> this.headers.put(param.name(), values.getFirst());
					default -> {
					}
				}
			}
			if (!this.rawQuery.isEmpty()) {
				query.append((query.length() == 0) ? '?' : '&').append(this.rawQuery);
			}
			return path + this.suffix + query;
		}

		String describe() {
			byte[] body = bodyBytes();
			return "%s %s%s%s".formatted(this.operation.method(), abbreviate(target()),
					this.headers.isEmpty() ? "" : " headers " + this.headers.keySet(),
					(body != null) ? " body " + abbreviate(new String(body, StandardCharsets.UTF_8)) : "") + " ["
					+ this.violation + "]";
		}

		private static String encode(String value) {
			StringBuilder out = new StringBuilder();
			for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
				int c = b & 0xFF;
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
						|| "-._~".indexOf(c) >= 0) {
					out.append((char) c);
				}
				else {
					out.append('%').append("%02X".formatted(c));
				}
			}
			return out.toString();
		}

	}

}
