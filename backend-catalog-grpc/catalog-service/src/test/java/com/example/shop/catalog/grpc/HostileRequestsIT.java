package com.example.shop.catalog.grpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.rpc.BadRequest;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.SearchProductsRequest;
import com.example.shop.catalog.v1.WatchProductChangesRequest;
import com.example.shop.testsupport.grpc.RawBytes;

import static com.example.shop.catalog.CatalogFixtures.detail;
import static com.example.shop.catalog.CatalogFixtures.failure;
import static com.example.shop.catalog.CatalogFixtures.krw;
import static com.example.shop.catalog.CatalogFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a hostile client gets from the catalog: a refusal naming the field, in
 * milliseconds, that quotes none of its input back at length, and no change.
 */
class HostileRequestsIT extends CatalogGrpcTest {

	@BeforeEach
	void oneProduct() {
		product(this.mongo, this.clock, "STA-0001", "Gel Pen", "stationery", "1200.00", 10, true);
	}

	@Test
	void aHundredThousandCharacterSkuIsRefusedAtOnceWithoutEchoingIt() {
		long started = System.nanoTime();
		var failure = failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog.withDeadlineAfter(5, TimeUnit.SECONDS)
			.getProduct(GetProductRequest.newBuilder().setSku("A".repeat(100_000)).build()));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactly("sku");
		// What used to answer was the SKU three times over in the trailers: more than any
		// client takes (grpc-java's limit is 8 KiB; Node's client hung on it).
		assertThat(StatusProto.fromThrowable(failure).getSerializedSize()).isLessThan(1024);
		assertThat(took).isLessThan(Duration.ofSeconds(1));
		assertThat(this.catalog.getProduct(GetProductRequest.newBuilder().setSku("STA-0001").build()).getName())
			.isEqualTo("Gel Pen");
	}

	@Test
	void aNulInANameIsRefusedNamingTheFieldAndNothingIsStored() {
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.createProduct(CreateProductRequest.newBuilder()
					.setSku("STA-0009")
					.setName("Pen\u0000")
					.setDescription("line one\nline two")
					.setCategory("stationery")
					.setPrice(krw(100, 0))
					.build()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactly("name");
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Product.class))
			.isEqualTo(1);
	}

	@Test
	void everyFieldOverItsBoundsIsNamedInOneAnswer() {
		var request = SearchProductsRequest.newBuilder().setQuery("x".repeat(101)).setCategory("toys; drop");
		var failure = failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog.searchProducts(request.build()));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactlyInAnyOrder("query", "category");
	}

	@Test
	void tooManySkusToWatchAreRefusedBeforeTheStreamOpens() {
		var request = WatchProductChangesRequest.newBuilder();
		for (int i = 0; i < 1001; i++) {
			request.addSkus("STA-" + i);
		}
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.watchProductChanges(request.build()).hasNext());

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactly("skus");
	}

	@Test
	void invalidUtf8InAStringIsRefusedNamingTheField() {
		// Field 1 (sku), length-delimited, with a byte that starts no UTF-8 sequence.
		byte[] bytes = bytes((out) -> out.writeBytes(1, ByteString.copyFrom(new byte[] { 'A', (byte) 0xFF, 'B' })));

		StatusRuntimeException failure = raw("GetProduct", bytes);

		assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
		assertThat(detail(failure, BadRequest.class).getFieldViolations(0).getField()).isEqualTo("sku");
	}

	@Test
	void bytesThatAreNoProtobufAreAnInvalidArgumentNotAnUnknownError() {
		StatusRuntimeException failure = raw("CreateProduct", new byte[] { (byte) 0xFF, (byte) 0xFF, 0x01, 0x02 });

		assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
		assertThat(detail(failure, BadRequest.class).getFieldViolations(0).getField()).isEqualTo("request");
	}

	/** Calls a catalog method with bytes as they are, as a hostile client can. */
	private StatusRuntimeException raw(String method, byte[] body) {
		MethodDescriptor<byte[], byte[]> descriptor = RawBytes.method(MethodDescriptor.MethodType.UNARY,
				MethodDescriptor.generateFullMethodName(CatalogServiceGrpc.SERVICE_NAME, method));
		return catchThrowableOfType(StatusRuntimeException.class,
				() -> ClientCalls.blockingUnaryCall(this.catalog.getChannel(), descriptor,
						this.catalog.getCallOptions().withDeadlineAfter(5, TimeUnit.SECONDS), body));
	}

	private static byte[] bytes(Writer writer) {
		try {
			ByteString.Output buffer = ByteString.newOutput();
			CodedOutputStream out = CodedOutputStream.newInstance(buffer);
			writer.write(out);
			out.flush();
			return buffer.toByteString().toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Writer {

		void write(CodedOutputStream out) throws IOException;

	}

}
