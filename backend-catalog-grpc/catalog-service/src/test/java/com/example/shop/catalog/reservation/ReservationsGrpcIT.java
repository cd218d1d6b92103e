package com.example.shop.catalog.reservation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.catalog.v1.ConfirmReservationRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ReleaseReason;
import com.example.shop.catalog.v1.ReleaseReservationRequest;
import com.example.shop.catalog.v1.Reservation;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReservationStatus;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;

import static com.example.shop.catalog.CatalogFixtures.detail;
import static com.example.shop.catalog.CatalogFixtures.failure;
import static com.example.shop.catalog.CatalogFixtures.krw;
import static com.example.shop.catalog.CatalogFixtures.product;
import static com.example.shop.catalog.CatalogFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reserving, confirming and releasing stock over gRPC, and the sweeper. */
class ReservationsGrpcIT extends CatalogGrpcTest {

	@Autowired
	ReservationService reservations;

	@Autowired
	com.example.shop.catalog.stock.StockJournal journal;

	@BeforeEach
	void setUp() {
		product(this.mongo, this.clock, "STA-0001", "Gel Pen Standard", "stationery", "1500.00", 10, true);
		product(this.mongo, this.clock, "STA-0002", "Gel Pen Pro", "stationery", "2250.50", 3, true);
		product(this.mongo, this.clock, "STA-0003", "Notebook A5", "stationery", "3000.00", 50, false);
	}

	@Test
	void reservingTakesStockAndReturnsTheNameAndPriceOfEveryLine() {
		String id = UUID.randomUUID().toString();

		Reservation reservation = this.catalog.reserveStock(reserve(id, line("STA-0001", 4), line("STA-0002", 3)));

		assertThat(reservation.getStatus()).isEqualTo(ReservationStatus.HELD);
		assertThat(reservation.getLinesList()).extracting((l) -> l.getSku(), (l) -> l.getQuantity(), (l) -> l.getName())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("STA-0001", 4, "Gel Pen Standard"),
					org.assertj.core.groups.Tuple.tuple("STA-0002", 3, "Gel Pen Pro"));
		assertThat(reservation.getLines(1).getUnitPrice()).isEqualTo(krw(2250, 500_000_000));
		assertThat(reservation.getExpiresAt().getSeconds())
			.isEqualTo(TestClockConfiguration.START.plus(Duration.ofMinutes(15)).getEpochSecond());
		assertThat(stock("STA-0001")).isEqualTo(6);
		assertThat(stock("STA-0002")).isZero();
		assertThat(get("STA-0001").getReserved()).isEqualTo(4);
	}

	@Test
	void aRetriedReservationReturnsTheSameReservationAndNeverReservesTwice() {
		String id = UUID.randomUUID().toString();
		Reservation first = this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));

		this.clock.advance(Duration.ofSeconds(30));
		Reservation retried = this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));

		assertThat(retried).isEqualTo(first);
		assertThat(stock("STA-0001")).isEqualTo(6);
	}

	@Test
	void reusingAReservationIdForOtherLinesIsAlreadyExists() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));

		var failure = failure(Status.Code.ALREADY_EXISTS,
				() -> this.catalog.reserveStock(reserve(id, line("STA-0001", 5))));

		assertThat(reason(failure)).isEqualTo("RESERVATION_ID_REUSED");
		assertThat(stock("STA-0001")).isEqualTo(6);
	}

	@Test
	void notEnoughStockFailsThePreconditionListingEveryShortLineAndReservesNothing() {
		var failure = failure(Status.Code.FAILED_PRECONDITION, () -> this.catalog
			.reserveStock(reserve(UUID.randomUUID().toString(), line("STA-0001", 11), line("STA-0002", 4))));

		assertThat(reason(failure)).isEqualTo("NOT_ENOUGH_STOCK");
		assertThat(detail(failure, PreconditionFailure.class).getViolationsList())
			.extracting((v) -> v.getType(), (v) -> v.getSubject(), (v) -> v.getDescription())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("STOCK", "STA-0001", "requested 11, 10 available"),
					org.assertj.core.groups.Tuple.tuple("STOCK", "STA-0002", "requested 4, 3 available"));
		assertThat(stock("STA-0001")).isEqualTo(10);
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(),
				com.example.shop.catalog.reservation.Reservation.class))
			.isZero();
	}

	@Test
	void aFailedReservationCanBeRetriedWithTheSameIdOnceStockIsBack() {
		String id = UUID.randomUUID().toString();
		failure(Status.Code.FAILED_PRECONDITION, () -> this.catalog.reserveStock(reserve(id, line("STA-0002", 5))));
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("sku").is("STA-0002")),
				org.springframework.data.mongodb.core.query.Update.update("stockOnHand", 5),
				com.example.shop.catalog.product.Product.class);

		Reservation reservation = this.catalog.reserveStock(reserve(id, line("STA-0002", 5)));

		assertThat(reservation.getStatus()).isEqualTo(ReservationStatus.HELD);
		assertThat(stock("STA-0002")).isZero();
	}

	@Test
	void reservingAnUnknownSkuIsNotFoundListingEveryUnknownSku() {
		var failure = failure(Status.Code.NOT_FOUND, () -> this.catalog.reserveStock(
				reserve(UUID.randomUUID().toString(), line("NOPE-1", 1), line("STA-0001", 1), line("NOPE-2", 1))));

		assertThat(reason(failure)).isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(detail(failure, ErrorInfo.class).getMetadataMap()).containsEntry("skus", "NOPE-1,NOPE-2");
		assertThat(stock("STA-0001")).isEqualTo(10);
	}

	@Test
	void reservingAnInactiveProductFailsThePrecondition() {
		var failure = failure(Status.Code.FAILED_PRECONDITION,
				() -> this.catalog.reserveStock(reserve(UUID.randomUUID().toString(), line("STA-0003", 1))));

		assertThat(reason(failure)).isEqualTo("PRODUCT_INACTIVE");
	}

	@Test
	void aMalformedReservationListsEveryBadField() {
		var failure = failure(Status.Code.INVALID_ARGUMENT,
				() -> this.catalog.reserveStock(reserve("", line("STA-0001", 0), line("STA-0001", 2), line("", 1))));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactlyInAnyOrder("reservation_id", "lines[0].quantity", "lines[1].sku", "lines[2].sku");
		failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog.reserveStock(reserve(UUID.randomUUID().toString())));
	}

	@Test
	void aReservationIdOrSkuOfTheWrongShapeIsRefusedBeforeAnyRule() {
		var failure = failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog
			.reserveStock(reserve("not-a-uuid", line("sta 0001", 0), line("STA-0001", 2), line("STA-0001", 1))));

		assertThat(detail(failure, BadRequest.class).getFieldViolationsList()).extracting((v) -> v.getField())
			.containsExactlyInAnyOrder("reservation_id", "lines[0].sku");
		assertThat(stock("STA-0001")).isEqualTo(10);
	}

	@Test
	void confirmingKeepsTheUnitsOffStockAndIsIdempotent() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));

		Reservation confirmed = this.catalog.confirmReservation(confirm(id));
		Reservation again = this.catalog.confirmReservation(confirm(id));

		assertThat(confirmed.getStatus()).isEqualTo(ReservationStatus.CONFIRMED);
		assertThat(again).isEqualTo(confirmed);
		assertThat(stock("STA-0001")).isEqualTo(6);
		assertThat(get("STA-0001").getReserved()).isZero();
	}

	@Test
	void releasingAHeldReservationPutsTheUnitsBackOnceHoweverOftenItIsCalled() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4), line("STA-0002", 2)));

		Reservation released = this.catalog.releaseReservation(release(id));
		Reservation again = this.catalog.releaseReservation(release(id));

		assertThat(released.getStatus()).isEqualTo(ReservationStatus.RELEASED);
		assertThat(released.getReleaseReason()).isEqualTo(ReleaseReason.REQUESTED);
		assertThat(again).isEqualTo(released);
		assertThat(stock("STA-0001")).isEqualTo(10);
		assertThat(stock("STA-0002")).isEqualTo(3);
		assertThat(get("STA-0001").getReserved()).isZero();
	}

	@Test
	void releasingAConfirmedReservationRestocksItsUnitsOnce() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));
		this.catalog.confirmReservation(confirm(id));

		this.catalog.releaseReservation(release(id));
		this.catalog.releaseReservation(release(id));

		assertThat(stock("STA-0001")).isEqualTo(10);
	}

	@Test
	void confirmingAReleasedReservationFailsThePrecondition() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));
		this.catalog.releaseReservation(release(id));

		var failure = failure(Status.Code.FAILED_PRECONDITION, () -> this.catalog.confirmReservation(confirm(id)));

		assertThat(reason(failure)).isEqualTo("RESERVATION_RELEASED");
		failure(Status.Code.FAILED_PRECONDITION, () -> this.catalog.reserveStock(reserve(id, line("STA-0001", 4))));
	}

	@Test
	void confirmingOrReleasingAnUnknownReservationIsNotFound() {
		String id = UUID.randomUUID().toString();

		assertThat(reason(failure(Status.Code.NOT_FOUND, () -> this.catalog.confirmReservation(confirm(id)))))
			.isEqualTo("RESERVATION_NOT_FOUND");
		failure(Status.Code.NOT_FOUND, () -> this.catalog.releaseReservation(release(id)));
		failure(Status.Code.INVALID_ARGUMENT, () -> this.catalog.releaseReservation(release("42")));
	}

	@Test
	void theSweeperReleasesReservationsLeftUnconfirmedPastTheTimeout() {
		String expiring = UUID.randomUUID().toString();
		String confirmed = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(expiring, line("STA-0001", 4)));
		this.catalog.reserveStock(reserve(confirmed, line("STA-0001", 1)));
		this.catalog.confirmReservation(confirm(confirmed));

		this.clock.advance(Duration.ofMinutes(14));
		int early = this.reservations.sweep();
		this.clock.advance(Duration.ofMinutes(2));
		int late = this.reservations.sweep();

		assertThat(early).isZero();
		assertThat(late).isOne();
		assertThat(stock("STA-0001")).isEqualTo(9);
		var failure = failure(Status.Code.FAILED_PRECONDITION,
				() -> this.catalog.confirmReservation(confirm(expiring)));
		assertThat(detail(failure, ErrorInfo.class).getMetadataMap()).containsEntry("release_reason", "EXPIRED");
		assertThat(this.catalog.releaseReservation(release(expiring)).getReleaseReason())
			.isEqualTo(ReleaseReason.EXPIRED);
	}

	@Test
	void theSweeperFinishesAReleaseThatACrashLeftHalfDone() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4), line("STA-0002", 1)));
		// What a call that died after the status change but before any stock move leaves.
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
				new org.springframework.data.mongodb.core.query.Update().set("status", "RELEASED")
					.set("releasedFrom", "HELD")
					.set("releaseReason", "REQUESTED")
					.set("settled", false),
				com.example.shop.catalog.reservation.Reservation.class);

		this.clock.advance(Duration.ofMinutes(2));
		this.reservations.sweep();
		this.reservations.sweep();

		assertThat(stock("STA-0001")).isEqualTo(10);
		assertThat(stock("STA-0002")).isEqualTo(3);
	}

	@Test
	void aReservationWhoseCallerGaveUpIsUndone() {
		String id = UUID.randomUUID().toString();

		assertThatThrownBy(
				() -> this.reservations.reserve(id,
						List.of(new ReservationService.Request("STA-0001", 4),
								new ReservationService.Request("STA-0002", 1)),
						() -> true))
			.isInstanceOf(CatalogRefusal.Abandoned.class);

		assertThat(stock("STA-0001")).isEqualTo(10);
		assertThat(stock("STA-0002")).isEqualTo(3);
		assertThat(this.mongo.findById(id, com.example.shop.catalog.reservation.Reservation.class)).isNull();
	}

	@Test
	void aReservationWhoseCallerRanOutOfTimeMidwayIsUndoneAllTheSame() throws Exception {
		String id = UUID.randomUUID().toString();
		AtomicLong nanos = new AtomicLong();
		Deadline.Ticker ticker = new Deadline.Ticker() {
			@Override
			public long nanoTime() {
				return nanos.get();
			}
		};
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger asked = new AtomicInteger();
		try (Context.CancellableContext call = Context.current()
			.withDeadline(Deadline.after(800, TimeUnit.MILLISECONDS, ticker), scheduler)) {
			// The first line is taken; then the caller's deadline passes, as when the
			// database was slow under load, and the call gives up.
			Throwable refused = call.call(() -> catchThrowable(
					() -> this.reservations.reserve(id, List.of(new ReservationService.Request("STA-0001", 4),
							new ReservationService.Request("STA-0002", 1)), () -> {
								if (asked.getAndIncrement() == 0) {
									return false;
								}
								nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
								return true;
							})));

			assertThat(refused).isInstanceOf(CatalogRefusal.Abandoned.class);
		}
		finally {
			scheduler.shutdownNow();
		}

		// The undo was not cut off by that deadline: the units are back and a retry with
		// the same id is a new reservation rather than "being processed" for 15 minutes.
		assertThat(stock("STA-0001")).isEqualTo(10);
		assertThat(this.mongo.findById(id, com.example.shop.catalog.reservation.Reservation.class)).isNull();
		assertThat(this.catalog.reserveStock(reserve(id, line("STA-0001", 4), line("STA-0002", 1))).getStatus())
			.isEqualTo(ReservationStatus.HELD);
	}

	@Test
	void aCommittedReservationNeverExpiresWhileAHeldOneDoes() {
		String committed = UUID.randomUUID().toString();
		String held = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(committed, line("STA-0001", 4)));
		this.catalog.reserveStock(reserve(held, line("STA-0001", 1)));

		Reservation committing = this.catalog.commitReservation(commit(committed));
		Reservation again = this.catalog.commitReservation(commit(committed));
		this.clock.advance(Duration.ofHours(2));
		this.reservations.sweep();

		assertThat(committing.getStatus()).isEqualTo(ReservationStatus.COMMITTING);
		assertThat(again).isEqualTo(committing);
		assertThat(this.catalog.confirmReservation(confirm(committed)).getStatus())
			.isEqualTo(ReservationStatus.CONFIRMED);
		assertThat(this.catalog.releaseReservation(release(held)).getReleaseReason()).isEqualTo(ReleaseReason.EXPIRED);
		assertThat(stock("STA-0001")).isEqualTo(6);
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void committingAfterTheSweeperReleasedTheReservationFailsAndNothingIsTaken() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 4)));
		this.clock.advance(Duration.ofMinutes(16));
		this.reservations.sweep();

		var failure = failure(Status.Code.FAILED_PRECONDITION, () -> this.catalog.commitReservation(commit(id)));

		assertThat(reason(failure)).isEqualTo("RESERVATION_RELEASED");
		assertThat(stock("STA-0001")).isEqualTo(10);
	}

	@Test
	void aReplayForAnotherPlacementIsRefusedBeforeAnythingIsTouched() {
		String id = UUID.randomUUID().toString();
		Reservation first = this.catalog
			.reserveStock(reserve(id, line("STA-0001", 2)).toBuilder().setPlacementFingerprint("customer-a").build());

		var failure = failure(Status.Code.ALREADY_EXISTS, () -> this.catalog
			.reserveStock(reserve(id, line("STA-0001", 2)).toBuilder().setPlacementFingerprint("customer-b").build()));
		Reservation same = this.catalog
			.reserveStock(reserve(id, line("STA-0001", 2)).toBuilder().setPlacementFingerprint("customer-a").build());

		assertThat(reason(failure)).isEqualTo("RESERVATION_ID_REUSED");
		assertThat(same).isEqualTo(first);
		assertThat(stock("STA-0001")).isEqualTo(8);
	}

	@Test
	void releasingOnlyUncommittedReservationsLeavesACommittedOneAlone() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(id, line("STA-0001", 3)));
		this.catalog.commitReservation(commit(id));

		var failure = failure(Status.Code.FAILED_PRECONDITION,
				() -> this.catalog.releaseReservation(release(id).toBuilder().setOnlyUncommitted(true).build()));
		assertThat(reason(failure)).isEqualTo("RESERVATION_COMMITTED");
		assertThat(stock("STA-0001")).isEqualTo(7);

		Reservation released = this.catalog.releaseReservation(release(id));
		assertThat(released.getStatus()).isEqualTo(ReservationStatus.RELEASED);
		assertThat(stock("STA-0001")).isEqualTo(10);
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void committedReservationsAreListedOldestFirstForTheReconciler() {
		String older = UUID.randomUUID().toString();
		String newer = UUID.randomUUID().toString();
		String held = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(older, line("STA-0001", 1)));
		this.catalog.commitReservation(commit(older));
		this.clock.advance(Duration.ofMinutes(1));
		this.catalog.reserveStock(reserve(newer, line("STA-0001", 1)));
		this.catalog.commitReservation(commit(newer));
		this.catalog.reserveStock(reserve(held, line("STA-0001", 1)));
		this.clock.advance(Duration.ofMinutes(1));

		var listed = this.catalog.listReservations(com.example.shop.catalog.v1.ListReservationsRequest.newBuilder()
			.setStatus(ReservationStatus.COMMITTING)
			.setUpdatedBefore(com.google.protobuf.Timestamp.newBuilder()
				.setSeconds(this.clock.instant().minusSeconds(30).getEpochSecond()))
			.build());

		assertThat(listed.getReservationsList()).extracting(Reservation::getReservationId)
			.containsExactly(older, newer);
	}

	@Test
	void theLedgerExplainsEveryUnitAfterReservingConfirmingReleasingAndExpiring() {
		String confirmed = UUID.randomUUID().toString();
		String cancelled = UUID.randomUUID().toString();
		String expired = UUID.randomUUID().toString();
		this.catalog.reserveStock(reserve(confirmed, line("STA-0001", 2), line("STA-0002", 1)));
		this.catalog.commitReservation(commit(confirmed));
		this.catalog.confirmReservation(confirm(confirmed));
		this.catalog.reserveStock(reserve(cancelled, line("STA-0001", 3)));
		this.catalog.confirmReservation(confirm(cancelled));
		this.catalog.releaseReservation(release(cancelled));
		this.catalog.reserveStock(reserve(expired, line("STA-0001", 1)));
		this.clock.advance(Duration.ofMinutes(16));
		this.reservations.sweep();

		assertThat(this.journal.audit()).isEmpty();
		var pens = this.journal.balance("STA-0001");
		assertThat(pens.onHand()).isEqualTo(8);
		assertThat(pens.confirmed()).isEqualTo(2);
		assertThat(pens.held()).isZero();
		assertThat(pens.source()).isEqualTo(10);
		assertThat(this.mongo.find(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("reservationId").is(cancelled)),
				com.example.shop.catalog.stock.StockEntry.class))
			.extracting(com.example.shop.catalog.stock.StockEntry::kind)
			.containsExactlyInAnyOrder(com.example.shop.catalog.stock.StockEntry.Kind.RESERVED,
					com.example.shop.catalog.stock.StockEntry.Kind.CONFIRMED,
					com.example.shop.catalog.stock.StockEntry.Kind.RELEASED);
	}

	@Test
	void ledgerEntriesACrashLeftOnTheProductAreCopiedByTheSweeperOnce() {
		String id = UUID.randomUUID().toString();
		// What a reservation that died after its stock move, before copying the entry,
		// leaves: the move and its entry on the product, nothing in the ledger.
		var entry = com.example.shop.catalog.stock.StockEntry.reserved(id, "STA-0001", 2, this.clock.instant());
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("sku").is("STA-0001")),
				new org.springframework.data.mongodb.core.query.Update().inc("stockOnHand", -2)
					.push("holds", new com.example.shop.catalog.product.Product.Hold(id, 2))
					.push(com.example.shop.catalog.stock.StockJournal.PENDING, entry),
				com.example.shop.catalog.product.Product.class);
		assertThat(this.journal.audit()).as("a pending entry counts as written").isEmpty();

		this.reservations.sweep();
		this.reservations.sweep();

		assertThat(this.mongo.count(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("reservationId").is(id)),
				com.example.shop.catalog.stock.StockEntry.class))
			.isOne();
		assertThat(
				this.mongo
					.findOne(
							org.springframework.data.mongodb.core.query.Query.query(
									org.springframework.data.mongodb.core.query.Criteria.where("sku").is("STA-0001")),
							com.example.shop.catalog.product.Product.class)
					.pendingEntries())
			.isEmpty();
		assertThat(this.journal.audit()).isEmpty();
	}

	@Test
	void aReservationUndoneWhenItsCallerGaveUpAndMadeAgainByTheRetryIsInTheLedgerTwice() {
		String id = UUID.randomUUID().toString();
		AtomicInteger asked = new AtomicInteger();
		// The caller gives up after the first line was taken (its answer was lost).
		assertThatThrownBy(
				() -> this.reservations.reserve(id,
						List.of(new ReservationService.Request("STA-0001", 4),
								new ReservationService.Request("STA-0002", 1)),
						() -> asked.getAndIncrement() > 0))
			.isInstanceOf(CatalogRefusal.Abandoned.class);

		Reservation retried = this.catalog.reserveStock(reserve(id, line("STA-0001", 4), line("STA-0002", 1)));
		this.catalog.confirmReservation(confirm(id));

		assertThat(retried.getStatus()).isEqualTo(ReservationStatus.HELD);
		assertThat(stock("STA-0001")).isEqualTo(6);
		assertThat(this.journal.audit()).isEmpty();
		assertThat(this.journal.balance("STA-0001").confirmed()).isEqualTo(4);
	}

	private int stock(String sku) {
		return get(sku).getStockOnHand();
	}

	private com.example.shop.catalog.v1.Product get(String sku) {
		return this.catalog.getProduct(GetProductRequest.newBuilder().setSku(sku).build());
	}

	static ReserveStockRequest reserve(String id, ReservationLine... lines) {
		return ReserveStockRequest.newBuilder().setReservationId(id).addAllLines(List.of(lines)).build();
	}

	static ReservationLine line(String sku, int quantity) {
		return ReservationLine.newBuilder().setSku(sku).setQuantity(quantity).build();
	}

	private static ConfirmReservationRequest confirm(String id) {
		return ConfirmReservationRequest.newBuilder().setReservationId(id).build();
	}

	private static com.example.shop.catalog.v1.CommitReservationRequest commit(String id) {
		return com.example.shop.catalog.v1.CommitReservationRequest.newBuilder().setReservationId(id).build();
	}

	private static ReleaseReservationRequest release(String id) {
		return ReleaseReservationRequest.newBuilder().setReservationId(id).build();
	}

}
