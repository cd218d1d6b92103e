package com.example.shop.catalog.reservation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.catalog.CatalogSettings;
import com.example.shop.catalog.Cleanup;
import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.stereotype.Service;

/**
 * Reserving stock for an order placement, confirming and releasing it. MongoDB has no
 * transaction here (and the stand-in none at all), so each step is one conditional update
 * of one document ({@link ReservationStore}), every stock move is idempotent
 * ({@link StockMoves}), and a reservation's {@code status} and {@code settled} flag say
 * what is left to do if a call dies half-way: the {@link ReservationSweeper} finishes it.
 * The request rules and the refusals' words are in {@link ReservationRules}.
 */
@Service
public class ReservationService {

	public static final int MAX_LINES = 100;

	public static final int MAX_QUANTITY = 10_000;

	/** How many expired, and how many unsettled, reservations one sweep takes on. */
	static final int SWEEP_BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

	private final ReservationStore reservations;

	private final StockMoves moves;

	private final CatalogSettings settings;

	private final Clock clock;

	private final StockJournal journal;

	private final ReservationMetrics metrics;

	ReservationService(ReservationStore reservations, StockMoves moves, CatalogSettings settings, Clock clock,
			StockJournal journal, ReservationMetrics metrics) {
		this.metrics = metrics;
		this.reservations = reservations;
		this.moves = moves;
		this.settings = settings;
		this.clock = clock;
		this.journal = journal;
	}

	/**
	 * Takes every line off stock, or none. A retry with the same id and lines returns the
	 * first outcome.
	 * @param reservationId the placement id, a UUID
	 * @param requested the lines
	 * @param abandoned true once the caller has given up; checked between lines
	 * @return the HELD (or already CONFIRMED) reservation
	 * @throws CatalogRefusal.NotEnoughStock listing every short line
	 * @throws DomainRefusal.NotFound for unknown SKUs
	 * @throws DomainRefusal.Conflict for inactive products or a reservation already
	 * released
	 * @throws CatalogRefusal.AlreadyExists if the id was used for other lines
	 * @throws CatalogRefusal.InProgress if another call is reserving this id right now
	 */
	public Reservation reserve(String reservationId, List<Request> requested, BooleanSupplier abandoned) {
		return reserve(reservationId, requested, null, abandoned);
	}

	/**
	 * Takes every line off stock, or none, for a placement with this fingerprint. A retry
	 * with the same id, lines and fingerprint returns the first outcome; another
	 * fingerprint is refused before anything is touched.
	 * @param fingerprint the placement's fingerprint (customer and lines), or null
	 * @see #reserve(String, List, BooleanSupplier)
	 */
	public Reservation reserve(String reservationId, List<Request> requested, String fingerprint,
			BooleanSupplier abandoned) {
		String id = ReservationRules.validate(reservationId, requested);
		String print = (fingerprint != null && !fingerprint.isBlank()) ? fingerprint : null;
		Reservation existing = this.reservations.find(id);
		if (existing != null) {
			return ReservationRules.replay(existing, requested, print);
		}
		try {
			ReservationRules.precheck(requested, this.moves.products(requested.stream().map(Request::sku).toList()));
		}
		catch (RuntimeException ex) {
			this.metrics.refused();
			throw ex;
		}
		Instant now = now();
		Reservation reserving = new Reservation(id, Reservation.Status.RESERVING,
				requested.stream()
					.map((line) -> new Reservation.Line(line.sku(), line.quantity(), null, null))
					.toList(),
				now, now.plus(this.settings.reservationTimeout()), now, null, null, false, print);
		if (!this.reservations.insert(reserving)) {
			return ReservationRules.replay(this.reservations.find(id), requested, print);
		}
		return takeEveryLine(reserving, abandoned);
	}

	/**
	 * Commits a HELD reservation to the order about to be created for it: it no longer
	 * expires. The sweeper releases only HELD reservations with the same kind of
	 * conditional update, so of committing and expiring exactly one happens. Idempotent.
	 * @throws DomainRefusal.NotFound if there is no such reservation
	 * @throws DomainRefusal.Conflict if it was released (expired) first
	 * @throws CatalogRefusal.InProgress while it is still being reserved
	 */
	public Reservation commit(String reservationId) {
		String id = ReservationRules.validId(reservationId);
		Reservation committed = this.reservations.commit(id, now());
		if (committed != null) {
			return committed;
		}
		Reservation current = find(id);
		return switch (current.status()) {
			case COMMITTING, CONFIRMED -> current;
			case RELEASED ->
				throw ReservationRules.released(current, " and cannot be committed; start a new placement");
			case RESERVING, HELD -> throw ReservationRules.inProgress(id);
		};
	}

	/**
	 * Marks a HELD or COMMITTING reservation sold. Idempotent.
	 * @throws DomainRefusal.NotFound if there is no such reservation
	 * @throws DomainRefusal.Conflict if it was released
	 */
	public Reservation confirm(String reservationId) {
		String id = ReservationRules.validId(reservationId);
		Reservation confirmed = this.reservations.confirm(id, now());
		if (confirmed != null) {
			this.metrics.confirmed();
		}
		if (confirmed == null) {
			Reservation current = find(id);
			return switch (current.status()) {
				case CONFIRMED -> finish(current);
				case RELEASED ->
					throw ReservationRules.released(current, " and cannot be confirmed; reserve again with a new id");
				case RESERVING, HELD, COMMITTING -> throw ReservationRules.inProgress(id);
			};
		}
		return finish(confirmed);
	}

	/**
	 * Puts a reservation's units back on stock, whether HELD, COMMITTING or CONFIRMED.
	 * Idempotent.
	 * @throws DomainRefusal.NotFound if there is no such reservation
	 */
	public Reservation release(String reservationId) {
		return release(reservationId, false);
	}

	/**
	 * Puts a reservation's units back on stock. Idempotent.
	 * @param onlyUncommitted release only a HELD reservation, one no order can hold yet
	 * @throws DomainRefusal.NotFound if there is no such reservation
	 * @throws DomainRefusal.Conflict if {@code onlyUncommitted} and it is COMMITTING or
	 * CONFIRMED: it is left as it is
	 */
	public Reservation release(String reservationId, boolean onlyUncommitted) {
		String id = ReservationRules.validId(reservationId);
		Instant now = now();
		List<Reservation.Status> from = onlyUncommitted ? List.of(Reservation.Status.HELD)
				: List.of(Reservation.Status.HELD, Reservation.Status.COMMITTING, Reservation.Status.CONFIRMED);
		for (Reservation.Status status : from) {
			Reservation released = this.reservations.release(id, status, Reservation.ReleaseReason.REQUESTED, now);
			if (released != null) {
				this.metrics.released();
				return finish(released);
			}
		}
		Reservation current = find(id);
		return switch (current.status()) {
			case RELEASED -> finish(current);
			case COMMITTING, CONFIRMED -> {
				if (onlyUncommitted) {
					throw ReservationRules.committed(current);
				}
				throw ReservationRules.inProgress(id);
			}
			case RESERVING, HELD -> throw ReservationRules.inProgress(id);
		};
	}

	/**
	 * Reservations in one status whose status last changed before {@code changedBefore},
	 * oldest first: the saga's reconciler looks for COMMITTING ones whose order may never
	 * have been created.
	 * @param limit 1 to {@link #SWEEP_BATCH}
	 */
	public List<Reservation> inStatus(Reservation.Status status, Instant changedBefore, int limit) {
		ReservationRules.validListing(status, changedBefore, limit);
		return this.reservations.inStatus(status, changedBefore, limit);
	}

	/**
	 * Releases what stayed HELD (or RESERVING, from a call that died) past its expiry and
	 * finishes the stock moves interrupted calls left unsettled.
	 * @return how many reservations were released or finished
	 */
	public int sweep() {
		Instant now = now();
		int done = 0;
		for (Reservation expired : this.reservations.expired(now, SWEEP_BATCH)) {
			Reservation released = this.reservations.release(expired.id(), expired.status(),
					Reservation.ReleaseReason.EXPIRED, now);
			if (released != null) {
				this.metrics.released();
				finish(released);
				done++;
			}
		}
		for (Reservation unsettled : this.reservations.unsettled(now.minus(this.settings.sweeper().settleGrace()),
				SWEEP_BATCH)) {
			finish(unsettled);
			done++;
		}
		return done + this.journal.flushPending(SWEEP_BATCH);
	}

	private Reservation takeEveryLine(Reservation reserving, BooleanSupplier abandoned) {
		String id = reserving.id();
		Map<String, Product> taken = new HashMap<>();
		try {
			// One order of SKUs for every call keeps concurrent reservations of several
			// SKUs fair.
			for (Reservation.Line line : reserving.lines()
				.stream()
				.sorted(Comparator.comparing(Reservation.Line::sku))
				.toList()) {
				if (abandoned.getAsBoolean()) {
					throw new CatalogRefusal.Abandoned("The caller gave up while reserving; nothing is reserved");
				}
				Product product = this.moves.take(line.sku(), id, line.quantity(), now());
				if (product == null) {
					this.metrics.refused();
					throw ReservationRules.refusal(line, this.moves.product(line.sku()));
				}
				taken.put(line.sku(), product);
			}
		}
		catch (RuntimeException ex) {
			undo(reserving);
			throw ex;
		}
		List<Reservation.Line> snapshots = reserving.lines().stream().map((line) -> {
			Product product = taken.get(line.sku());
			return new Reservation.Line(line.sku(), line.quantity(), product.name(), product.price());
		}).toList();
		this.moves.journal(taken.keySet());
		Reservation held = this.reservations.hold(id, snapshots, now());
		if (held == null) {
			// The sweeper released it meanwhile (a call slower than the reservation
			// timeout).
			undo(reserving);
			throw new DomainRefusal.Conflict(ProblemType.RESERVATION_RELEASED,
					"Reservation %s expired while it was being made".formatted(id), Map.of("reservation_id", id));
		}
		this.metrics.held();
		return held;
	}

	/**
	 * Puts back what a reservation that will not be held took, and forgets it, so a retry
	 * with the same id starts afresh. It runs as {@link Cleanup}: the caller's deadline,
	 * often the reason for the undo, does not cut it off.
	 */
	private void undo(Reservation reserving) {
		try {
			Cleanup.run(() -> {
				for (Reservation.Line line : reserving.lines()) {
					this.moves.giveBack(line.sku(), reserving.id(), line.quantity(), "reservation not completed",
							now());
				}
				this.moves.journal(reserving.lines().stream().map(Reservation.Line::sku).toList());
				this.reservations.removeReserving(reserving.id());
			});
		}
		catch (RuntimeException ex) {
			// What stays held is released by the sweeper when the reservation expires.
			log.warn("Could not undo reservation {}; the sweeper releases it at expiry", reserving.id(), ex);
		}
	}

	/**
	 * Does the stock moves the reservation's status asks for (idempotent), then marks it
	 * settled.
	 */
	private Reservation finish(Reservation reservation) {
		if (reservation.settled()) {
			return reservation;
		}
		this.moves.forStatus(reservation, now());
		Reservation settled = this.reservations.settled(reservation);
		return (settled != null) ? settled : reservation;
	}

	private Reservation find(String id) {
		Reservation reservation = this.reservations.find(id);
		if (reservation == null) {
			throw ReservationRules.notFound(id);
		}
		return reservation;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * One requested line.
	 *
	 * @param sku the SKU
	 * @param quantity the units
	 */
	public record Request(String sku, int quantity) {
	}

}
