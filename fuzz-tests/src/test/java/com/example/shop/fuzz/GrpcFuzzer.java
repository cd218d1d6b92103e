package com.example.shop.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CatalogServiceProto;
import com.example.shop.catalog.v1.FieldLimits;
import com.example.shop.testsupport.grpc.RawBytes;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.WireFormat;
import io.grpc.CallOptions;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;

/**
 * Hostile gRPC requests generated from the catalog's descriptors: for every method, every
 * field of its request message at any depth is made hostile in turn (then at random), the
 * rest of the message valid; and whole messages are malformed at the wire level (random
 * and truncated bytes, fields twice, invalid UTF-8, unknown enum numbers, oversized).
 * Bytes go out as they are, so the service parses them itself. The oracle reads the
 * contract: a message that does not parse, or parses but breaks a bound, must be
 * INVALID_ARGUMENT (RESOURCE_EXHAUSTED past the transport's size limit); no call may end
 * UNKNOWN, INTERNAL, UNAVAILABLE or DEADLINE_EXCEEDED or take longer than
 * {@link Findings#ANSWER_BOUND}; a refused call changes nothing.
 */
final class GrpcFuzzer {

	private static final Set<Status.Code> FORBIDDEN = Set.of(Status.Code.UNKNOWN, Status.Code.INTERNAL,
			Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.DATA_LOSS, Status.Code.UNIMPLEMENTED);

	/** How long a change stream is watched before the suite lets it go. */
	private static final Duration WATCH_FOR = Duration.ofMillis(300);

	private final Shop shop;

	private final Bounds bounds;

	GrpcFuzzer(Shop shop, Bounds bounds) {
		this.shop = shop;
		this.bounds = bounds;
	}

	Findings run(long seed, int count) {
		Findings findings = new Findings(Api.CATALOG, seed);
		List<MethodDescriptor> methods = CatalogServiceProto.getDescriptor().getServices().getFirst().getMethods();
		List<Target> targets = new ArrayList<>();
		for (MethodDescriptor method : methods) {
			targets.add(new Target(method, List.of()));
			fields(method, method.getInputType(), new ArrayList<>(), targets, 0);
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Call> boundaries = boundaries(targets, random.split());
		String before = null;
		for (int i = 0; i < count; i++) {
			Target target = (i < targets.size()) ? targets.get(i) : targets.get(random.nextInt(targets.size()));
			RandomGenerator draw = random.split();
			Call call = (i < boundaries.size()) ? boundaries.get(i) : build(target, draw);
			if (before == null) {
				before = this.shop.fingerprint(Api.CATALOG);
			}
			long started = System.nanoTime();
			Status.Code code = send(call);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			findings.count(code.name(), took);
			String request = call.describe();
			if (FORBIDDEN.contains(code)) {
				findings.add(i, request, "answered " + code);
			}
			if (took.compareTo(Findings.ANSWER_BOUND) > 0) {
				findings.add(i, request, "answered after " + took.toMillis() + " ms");
			}
			String broken = broken(call);
			if (broken != null && code != Status.Code.INVALID_ARGUMENT && code != Status.Code.RESOURCE_EXHAUSTED
					&& code != Status.Code.UNAUTHENTICATED && code != Status.Code.PERMISSION_DENIED) {
				findings.add(i, request, "breaks the contract (%s) but was answered %s".formatted(broken, code));
			}
			if (code != Status.Code.OK && !(call.streaming && code == Status.Code.CANCELLED)) {
				String after = this.shop.fingerprint(Api.CATALOG);
				if (!after.equals(before)) {
					findings.add(i, request, "was refused with %s but changed data".formatted(code));
				}
				before = after;
			}
			else {
				before = null;
			}
		}
		return findings;
	}

	/**
	 * One call per bound: every top-level string one character past its max_length, every
	 * list one entry past its max_items. They run first, so every bound is tried in every
	 * run whatever the seed draws.
	 */
	private List<Call> boundaries(List<Target> targets, RandomGenerator random) {
		List<Call> calls = new ArrayList<>();
		for (Target target : targets) {
			if (target.path.size() != 1) {
				continue;
			}
			FieldDescriptor field = target.path.getFirst();
			FieldLimits limits = this.bounds.of(field);
			if (limits == null || field.isMapField()) {
				continue;
			}
			DynamicMessage.Builder message = valid(target.method.getInputType(), random, 0);
			Call call = new Call(target.method);
			if (field.isRepeated()) {
				Object item = (message.getRepeatedFieldCount(field) > 0) ? message.getRepeatedField(field, 0)
						: leafValue(field, random);
				message.clearField(field);
				for (int i = 0; i <= limits.getMaxItems(); i++) {
					message.addRepeatedField(field, item);
				}
				call.what = field.getName() + " one past max_items";
			}
			else if (field.getJavaType() == FieldDescriptor.JavaType.STRING) {
				message.setField(field, "A".repeat(limits.getMaxLength() + 1));
				call.what = field.getName() + " one past max_length";
			}
			else {
				continue;
			}
			call.bytes = message.build().toByteArray();
			calls.add(call);
		}
		return calls;
	}

	/** Every field path of a request message, down to the leaves. */
	private void fields(MethodDescriptor method, Descriptor type, List<FieldDescriptor> prefix, List<Target> into,
			int depth) {
		for (FieldDescriptor field : type.getFields()) {
			List<FieldDescriptor> path = new ArrayList<>(prefix);
			path.add(field);
			into.add(new Target(method, path));
			if (depth < 1 && field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()) {
				fields(method, field.getMessageType(), path, into, depth + 1);
			}
		}
	}

	Call build(Target target, RandomGenerator random) {
		DynamicMessage.Builder message = valid(target.method.getInputType(), random, 0);
		Call call = new Call(target.method);
		if (target.path.isEmpty()) {
			call.bytes = malformed(message.build(), random, call);
			return call;
		}
		FieldDescriptor first = target.path.getFirst();
		if (target.path.size() == 1) {
			byte[] raw = mutate(message, first, random, call);
			call.bytes = (raw != null) ? raw : message.build().toByteArray();
			return call;
		}
		DynamicMessage.Builder child;
		if (first.isRepeated()) {
			child = (message.getRepeatedFieldCount(first) > 0)
					? ((DynamicMessage) message.getRepeatedField(first, 0)).toBuilder()
					: valid(first.getMessageType(), random, 1);
		}
		else {
			child = message.hasField(first) ? ((DynamicMessage) message.getField(first)).toBuilder()
					: valid(first.getMessageType(), random, 1);
		}
		byte[] raw = mutate(child, target.path.get(1), random, call);
		message.clearField(first);
		call.bytes = append(message.build().toByteArray(), first.getNumber(),
				(raw != null) ? ByteString.copyFrom(raw) : child.build().toByteString());
		call.what = first.getName() + "." + call.what;
		return call;
	}

	/**
	 * Makes one field hostile; returns the message's bytes when the mutation is below the
	 * message API.
	 */
	private byte[] mutate(DynamicMessage.Builder message, FieldDescriptor field, RandomGenerator random, Call call) {
		FieldLimits limits = this.bounds.of(field);
		int max = (limits != null && limits.getMaxLength() > 0) ? limits.getMaxLength() : 1000;
		if (field.isMapField()) {
			int entries = (limits != null) ? limits.getMaxItems() + 1 : 60;
			message.clearField(field);
			String key = switch (random.nextInt(4)) {
				case 0 -> "k".repeat((limits != null) ? limits.getMaxKeyLength() + 1 : 100);
				case 1 -> "$where";
				case 2 -> "a\u0000b";
				default -> null;
			};
			int count = (key == null) ? entries : 1;
			for (int i = 0; i < count; i++) {
				message.addRepeatedField(field,
						entry(field, (key != null) ? key : "key" + i, Hostile.pick(Hostile.ODD_UNICODE, random)));
			}
			call.what = field.getName()
					+ ((key == null) ? " with " + count + " entries" : " key " + RestFuzzer.abbreviate(key));
			return null;
		}
		if (field.isRepeated()) {
			int limit = (limits != null) ? limits.getMaxItems() : 100;
			int count = random.nextBoolean() ? limit + 1 : limit * 10 + 1;
			Object item = (message.getRepeatedFieldCount(field) > 0) ? message.getRepeatedField(field, 0)
					: leafValue(field, random);
			message.clearField(field);
			for (int i = 0; i < count; i++) {
				message.addRepeatedField(field, item);
			}
			call.what = field.getName() + " with " + count + " entries";
			return null;
		}
		switch (field.getJavaType()) {
			case STRING -> {
				if (random.nextInt(6) == 0) {
					call.what = field.getName() + " as invalid UTF-8";
					message.clearField(field);
					return append(message.build().toByteArray(), field.getNumber(),
							ByteString.copyFrom(new byte[] { 'A', (byte) 0xC3, 0x28, (byte) 0xFF }));
				}
				String value = switch (random.nextInt(7)) {
					case 0 -> Hostile.longText(max + 1, random);
					case 1 -> Hostile.longText(100_000, random);
					case 2 -> "A".repeat(max);
					case 3 -> Hostile.pick(Hostile.INJECTIONS, random);
					case 4 -> Hostile.pick(Hostile.ODD_UNICODE, random);
					case 5 -> "FZ-0001\u0000";
					default -> "";
				};
				message.setField(field, value);
				call.what = field.getName() + " = " + RestFuzzer.abbreviate(value);
			}
			case INT -> {
				int value = Hostile.pick(List.of(Integer.MIN_VALUE, -1, 0, 1, 10_001, 100_000_001, Integer.MAX_VALUE),
						random);
				message.setField(field, value);
				call.what = field.getName() + " = " + value;
			}
			case LONG -> {
				long value = Hostile.pick(List.of(Long.MIN_VALUE, -1L, 0L, 253_402_300_800L, Long.MAX_VALUE), random);
				message.setField(field, value);
				call.what = field.getName() + " = " + value;
			}
			case ENUM -> {
				call.what = field.getName() + " = 999 (unknown)";
				message.clearField(field);
				return appendVarint(message.build().toByteArray(), field.getNumber(), 999);
			}
			case MESSAGE -> {
				message.clearField(field);
				call.what = "without " + field.getName();
			}
			default -> {
				message.setField(field, !((Boolean) message.getField(field)));
				call.what = field.getName() + " flipped";
			}
		}
		return null;
	}

	private byte[] malformed(Message valid, RandomGenerator random, Call call) {
		byte[] bytes = valid.toByteArray();
		switch (random.nextInt(6)) {
			case 0 -> {
				byte[] noise = new byte[1 + random.nextInt(64)];
				random.nextBytes(noise);
				call.what = "random bytes";
				return noise;
			}
			case 1 -> {
				call.what = "truncated";
				return java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - 1 - random.nextInt(3)));
			}
			case 2 -> {
				ByteArrayOutputStream twice = new ByteArrayOutputStream();
				twice.writeBytes(bytes);
				twice.writeBytes(bytes);
				call.what = "every field twice";
				return twice.toByteArray();
			}
			case 3 -> {
				call.what = "a field longer than the message";
				return new byte[] { 0x0A, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 'A' };
			}
			case 4 -> {
				call.what = "an unknown field of 300 KiB";
				return append(bytes, 999, ByteString.copyFrom(new byte[300 * 1024]));
			}
			default -> {
				ByteArrayOutputStream deep = new ByteArrayOutputStream();
				for (int i = 0; i < 200; i++) {
					deep.write(0x9A);
					deep.write(0x3E);
				}
				call.what = "unknown groups nested 200 deep";
				return deep.toByteArray();
			}
		}
	}

	private DynamicMessage.Builder valid(Descriptor type, RandomGenerator random, int depth) {
		DynamicMessage.Builder message = DynamicMessage.newBuilder(type);
		for (FieldDescriptor field : type.getFields()) {
			if (depth > 3 || (field.hasPresence() && !field.isRequired() && random.nextInt(3) == 0)
					&& !field.getName().equals("price")) {
				continue;
			}
			if (field.isMapField()) {
				message.addRepeatedField(field, entry(field, "brand", "Hanul"));
			}
			else if (field.isRepeated()) {
				int count = 1 + random.nextInt(2);
				for (int i = 0; i < count; i++) {
					Object value = (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE)
							? valid(field.getMessageType(), random, depth + 1).build() : leafValue(field, random);
					if (!field.getName().equals("lines") || i == 0) {
						message.addRepeatedField(field, value);
					}
				}
			}
			else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
				message.setField(field, valid(field.getMessageType(), random, depth + 1).build());
			}
			else {
				message.setField(field, leafValue(field, random));
			}
		}
		return message;
	}

	/**
	 * A valid value of a scalar field: data that exists where the name says what it is.
	 */
	private Object leafValue(FieldDescriptor field, RandomGenerator random) {
		String name = field.getName();
		return switch (field.getJavaType()) {
			case STRING -> switch (name) {
				case "sku", "skus" -> Hostile.pick(this.shop.known.get("sku"), random);
				case "reservation_id" -> random.nextBoolean() ? Hostile.pick(this.shop.known.get("placement"), random)
						: UUID.randomUUID().toString();
				case "category" -> "stationery";
				case "currency_code" -> "KRW";
				case "paths" -> Hostile.pick(List.of("name", "stock_on_hand", "price", "active"), random);
				case "query" -> "Fuzz";
				default -> {
					FieldLimits limits = this.bounds.of(field);
					yield (limits != null && !limits.getPattern().isEmpty())
							? Sample.matching(limits.getPattern(), random, limits.getMaxLength())
							: "Fuzz " + name + " " + random.nextInt(100);
				}
			};
			case INT -> switch (name) {
				case "quantity" -> 1 + random.nextInt(3);
				case "page" -> 0;
				case "page_size" -> 10;
				case "nanos" -> 0;
				default -> random.nextInt(50);
			};
			case LONG -> name.equals("seconds") ? Instant.now().getEpochSecond() - 60 : (long) random.nextInt(3);
			case BOOLEAN -> random.nextBoolean();
			case ENUM -> field.getEnumType().getValues().get(random.nextInt(field.getEnumType().getValues().size()));
			default -> field.getDefaultValue();
		};
	}

	private static DynamicMessage entry(FieldDescriptor map, String key, String value) {
		Descriptor type = map.getMessageType();
		return DynamicMessage.newBuilder(type)
			.setField(type.findFieldByName("key"), key)
			.setField(type.findFieldByName("value"), value)
			.build();
	}

	/** The contract's verdict on the bytes: why they break it, or null. */
	String broken(Call call) {
		if (call.bytes.length > 256 * 1024) {
			return "larger than 256 KiB";
		}
		Message parsed;
		try {
			parsed = parse(call.method, call.bytes);
		}
		catch (InvalidProtocolBufferException | StatusRuntimeException ex) {
			return "not a valid message";
		}
		return this.bounds.broken(parsed);
	}

	private static Message parse(MethodDescriptor method, byte[] bytes) throws InvalidProtocolBufferException {
		io.grpc.MethodDescriptor<?, ?> typed = CatalogServiceGrpc.getServiceDescriptor()
			.getMethods()
			.stream()
			.filter((m) -> m.getBareMethodName().equals(method.getName()))
			.findFirst()
			.orElseThrow();
		return (Message) typed.parseRequest(new ByteArrayInputStream(bytes));
	}

	Status.Code send(Call call) {
		io.grpc.MethodDescriptor<byte[], byte[]> descriptor = RawBytes.method(
				call.streaming ? io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING
						: io.grpc.MethodDescriptor.MethodType.UNARY,
				call.method.getFullName().replace("." + call.method.getName(), "/" + call.method.getName()));
		try {
			if (call.streaming) {
				var stream = ClientCalls.blockingServerStreamingCall(this.shop.catalogChannel, descriptor,
						CallOptions.DEFAULT.withDeadlineAfter(WATCH_FOR.toMillis(), TimeUnit.MILLISECONDS), call.bytes);
				stream.hasNext();
				return Status.Code.OK;
			}
			ClientCalls.blockingUnaryCall(this.shop.catalogChannel, descriptor,
					CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), call.bytes);
			return Status.Code.OK;
		}
		catch (StatusRuntimeException ex) {
			if (call.streaming && ex.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED
					&& ex.getStatus().getDescription() != null
					&& ex.getStatus().getDescription().contains("ClientCall started after")) {
				return Status.Code.DEADLINE_EXCEEDED;
			}
			// The stream's own short deadline: it was open and waiting for changes.
			if (call.streaming && ex.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
				return Status.Code.CANCELLED;
			}
			return ex.getStatus().getCode();
		}
	}

	private static byte[] append(byte[] message, int field, ByteString value) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(message);
			CodedOutputStream coded = CodedOutputStream.newInstance(out);
			coded.writeBytes(field, value);
			coded.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] appendVarint(byte[] message, int field, int value) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(message);
			CodedOutputStream coded = CodedOutputStream.newInstance(out);
			coded.writeTag(field, WireFormat.WIRETYPE_VARINT);
			coded.writeInt32NoTag(value);
			coded.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A method and the path of the field to make hostile (empty: the message as a whole).
	 */
	record Target(MethodDescriptor method, List<FieldDescriptor> path) {
	}

	/** One call being built, then sent. */
	static final class Call {

		final MethodDescriptor method;

		final boolean streaming;

		byte[] bytes;

		String what = "";

		Call(MethodDescriptor method) {
			this.method = method;
			this.streaming = method.isServerStreaming();
		}

		String describe() {
			return "%s %s (%d bytes)".formatted(this.method.getName(), this.what, this.bytes.length);
		}

	}

}
