package com.example.shop.catalog.grpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogErrorsTests {

	private final CatalogErrors errors = new CatalogErrors();

	@Test
	void invalidArgumentsListEveryFieldInABadRequest() {
		StatusException status = this.errors.handleException(new DomainRefusal.Invalid(List
			.of(new FieldViolation("sku", "is required"), new FieldViolation("price", "must not be negative"))));

		assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
		assertThat(detail(status, BadRequest.class).getFieldViolationsList())
			.extracting((v) -> v.getField(), (v) -> v.getDescription())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sku", "is required"),
					org.assertj.core.groups.Tuple.tuple("price", "must not be negative"));
		assertThat(detail(status, ErrorInfo.class).getDomain()).isEqualTo("catalog.shop.example.com");
	}

	@Test
	void aDatabaseThatRanOutOfTimeIsUnavailableNotAnInternalError() {
		StatusException status = this.errors
			.handleException(new org.springframework.data.mongodb.UncategorizedMongoDbException("timed out",
					new com.mongodb.MongoOperationTimeoutException("The operation exceeded the timeout limit.")));

		assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
	}

	@Test
	void notFoundAndAlreadyExistsNameTheResource() {
		StatusException notFound = this.errors.handleException(new DomainRefusal.NotFound(ProblemType.PRODUCT_NOT_FOUND,
				"Product", "STA-0001", "Product STA-0001 was not found", Map.of("sku", "STA-0001")));
		StatusException exists = this.errors.handleException(new CatalogRefusal.AlreadyExists(
				ProblemType.SKU_ALREADY_EXISTS, "Product", "STA-0001", "A product with SKU STA-0001 exists already"));

		assertThat(notFound.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
		assertThat(detail(notFound, ResourceInfo.class).getResourceName()).isEqualTo("STA-0001");
		assertThat(detail(notFound, ErrorInfo.class).getMetadataMap()).containsEntry("sku", "STA-0001");
		assertThat(exists.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
		assertThat(detail(exists, ErrorInfo.class).getReason()).isEqualTo("SKU_ALREADY_EXISTS");
	}

	@Test
	void notEnoughStockIsAFailedPreconditionWithOneViolationPerLine() {
		StatusException status = this.errors.handleException(new CatalogRefusal.NotEnoughStock(
				List.of(new CatalogRefusal.NotEnoughStock.Shortage("STA-0001", 5, 2))));

		assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
		PreconditionFailure.Violation violation = detail(status, PreconditionFailure.class).getViolations(0);
		assertThat(violation.getType()).isEqualTo("STOCK");
		assertThat(violation.getSubject()).isEqualTo("STA-0001");
		assertThat(violation.getDescription()).isEqualTo("requested 5, 2 available");
	}

	@Test
	void conflictsAreAbortedAndOtherStatesFailedPreconditions() {
		assertThat(code(
				new DomainRefusal.StaleVersion(ProblemType.VERSION_CONFLICT, "Product", "STA-0001", 1, 2, Map.of())))
			.isEqualTo(Status.Code.ABORTED);
		assertThat(code(new DomainRefusal.Conflict(ProblemType.PRODUCT_INACTIVE, "inactive", Map.of())))
			.isEqualTo(Status.Code.FAILED_PRECONDITION);
	}

	@Test
	void anAbandonedCallIsDeadlineExceededOnceTheDeadlinePassedElseCancelled() throws Exception {
		FakeTicker ticker = new FakeTicker();
		Deadline deadline = Deadline.after(1, TimeUnit.SECONDS, ticker);
		ticker.advance(TimeUnit.SECONDS.toNanos(2));
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try (Context.CancellableContext late = Context.current().withDeadline(deadline, scheduler)) {
			Status.Code inLateCall = late.call(() -> code(new CatalogRefusal.Abandoned("gave up")));

			assertThat(inLateCall).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
		}
		finally {
			scheduler.shutdownNow();
		}
		assertThat(code(new CatalogRefusal.Abandoned("gave up"))).isEqualTo(Status.Code.CANCELLED);
	}

	@Test
	void theServicesOwnFailuresAreInternalWithoutTheirInternalsAndNeverUnknown() {
		StatusException status = this.errors
			.handleException(new IllegalStateException("connection refused to 10.0.0.7:27017"));

		assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
		assertThat(status.getStatus().getDescription()).doesNotContain("10.0.0.7");
	}

	@Test
	void statusesThrownAsSuchPassThrough() {
		assertThat(code(Status.DEADLINE_EXCEEDED.asRuntimeException())).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
		assertThat(code(Status.UNAVAILABLE.asException())).isEqualTo(Status.Code.UNAVAILABLE);
	}

	private Status.Code code(Throwable exception) {
		return this.errors.handleException(exception).getStatus().getCode();
	}

	private static <T extends Message> T detail(StatusException status, Class<T> type) {
		for (Any any : StatusProto.fromThrowable(status).getDetailsList()) {
			if (any.is(type)) {
				try {
					return any.unpack(type);
				}
				catch (InvalidProtocolBufferException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName());
	}

	/** A ticker tests move by hand. */
	static final class FakeTicker extends Deadline.Ticker {

		private long nanos;

		@Override
		public long nanoTime() {
			return this.nanos;
		}

		void advance(long nanos) {
			this.nanos += nanos;
		}

	}

}
