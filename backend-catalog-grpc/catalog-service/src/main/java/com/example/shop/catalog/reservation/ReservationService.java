package com.example.shop.catalog.reservation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.catalog.CatalogSettings;
import com.example.shop.catalog.product.Product;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;
import com.example.shop.support.domain.Refusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reserving stock for an order placement, confirming and releasing it. MongoDB has no
 * transaction here (and the stand-in none at all), so each step is one conditional update
 * of one document, every stock move is idempotent ({@link StockLedger}), and a
 * reservation's {@code status} and {@code settled} flag say what is left to do if a call
 * dies half-way: the {@link ReservationSweeper} finishes it.
 */
@Service
public class ReservationService {

	public static final int MAX_LINES = 100;

	public static final int MAX_QUANTITY = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

	private final MongoTemplate mongo;

	private final StockLedger ledger;

	private final CatalogSettings settings;

	private final Clock clock;

	ReservationService(MongoTemplate mongo, StockLedger ledger, CatalogSettings settings, Clock clock) {
		this.mongo = mongo;
		this.ledger = ledger;
		this.settings = settings;
		this.clock = clock;
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
		String id = validate(reservationId, requested);
		Reservation existing = this.mongo.findById(id, Reservation.class);
		if (existing != null) {
			return replay(existing, requested);
		}
		precheck(requested);
		Instant now = now();
		Reservation reserving = new Reservation(id, Reservation.Status.RESERVING,
				requested.stream()
					.map((line) -> new Reservation.Line(line.sku(), line.quantity(), null, null))
					.toList(),
				now, now.plus(this.settings.reservationTimeout()), now, null, null, false);
		try {
			this.mongo.insert(reserving);
		}
		catch (DuplicateKeyException ex) {
			return replay(this.mongo.findById(id, Reservation.class), requested);
		}
		return takeEveryLine(reserving, abandoned);
	}

	/**
	 * Marks a HELD reservation sold. Idempotent.
	 * @throws DomainRefusal.NotFound if there is no such reservation
	 * @throws DomainRefusal.Conflict if it was released
	 */
	public Reservation confirm(String reservationId) {
		String id = validId(reservationId);
		Reservation confirmed = this.mongo.findAndModify(
				Query.query(where("_id").is(id).and("status").is(Reservation.Status.HELD)),
				new Update().set("status", Reservation.Status.CONFIRMED).set("settled", false).set("updatedAt", now()),
				FindAndModifyOptions.options().returnNew(true), Reservation.class);
		if (confirmed == null) {
			Reservation current = find(id);
			return switch (current.status()) {
				case CONFIRMED -> finish(current);
				case RELEASED -> throw new DomainRefusal.Conflict(ProblemType.RESERVATION_RELEASED,
						"Reservation %s was released (%s) and cannot be confirmed; reserve again with a new id"
							.formatted(id, current.releaseReason()),
						Map.of("reservation_id", id, "release_reason", String.valueOf(current.releaseReason())));
				case RESERVING, HELD -> throw inProgress(id);
			};
		}
		return finish(confirmed);
	}

	/**
	 * Puts a reservation's units back on stock, whether HELD or CONFIRMED. Idempotent.
	 * @throws DomainRefusal.NotFound if there is no such reservation
	 */
	public Reservation release(String reservationId) {
		String id = validId(reservationId);
		Reservation released = release(id, Reservation.Status.HELD, Reservation.ReleaseReason.REQUESTED);
		if (released == null) {
			released = release(id, Reservation.Status.CONFIRMED, Reservation.ReleaseReason.REQUESTED);
		}
		if (released == null) {
			Reservation current = find(id);
			return switch (current.status()) {
				case RELEASED -> finish(current);
				case RESERVING, HELD, CONFIRMED -> throw inProgress(id);
			};
		}
		return finish(released);
	}

	/**
	 * Releases what stayed HELD (or RESERVING, from a call that died) past its expiry and
	 * finishes the stock moves interrupted calls left unsettled.
	 * @return how many reservations were released or finished
	 */
	public int sweep() {
		Instant now = now();
		int done = 0;
		for (Reservation expired : this.mongo.find(Query
			.query(where("status").in(Reservation.Status.RESERVING, Reservation.Status.HELD).and("expiresAt").lte(now))
			.limit(500), Reservation.class)) {
			Reservation released = release(expired.id(), expired.status(), Reservation.ReleaseReason.EXPIRED);
			if (released != null) {
				finish(released);
				done++;
			}
		}
		Instant settledBefore = now.minus(this.settings.sweeper().settleGrace());
		for (Reservation unsettled : this.mongo.find(
				Query
					.query(where("settled").is(false)
						.and("status")
						.in(Reservation.Status.CONFIRMED, Reservation.Status.RELEASED)
						.and("updatedAt")
						.lte(settledBefore))
					.limit(500),
				Reservation.class)) {
			finish(unsettled);
			done++;
		}
		return done;
	}

	private Reservation takeEveryLine(Reservation reserving, BooleanSupplier abandoned) {
		String id = reserving.id();
		List<Reservation.Line> lines = reserving.lines();
		Map<String, Product> taken = new java.util.HashMap<>();
		try {
			// One order of SKUs for every call keeps concurrent reservations of several
			// SKUs fair.
			for (Reservation.Line line : lines.stream().sorted(Comparator.comparing(Reservation.Line::sku)).toList()) {
				if (abandoned.getAsBoolean()) {
					throw new CatalogRefusal.Abandoned("The caller gave up while reserving; nothing is reserved");
				}
				Product product = this.ledger.take(line.sku(), id, line.quantity(), now());
				if (product == null) {
					throw refusal(line);
				}
				taken.put(line.sku(), product);
			}
		}
		catch (RuntimeException ex) {
			undo(reserving);
			throw ex;
		}
		List<Reservation.Line> snapshots = lines.stream().map((line) -> {
			Product product = taken.get(line.sku());
			return new Reservation.Line(line.sku(), line.quantity(), product.name(), product.price());
		}).toList();
		Reservation held = this.mongo.findAndModify(
				Query.query(where("_id").is(id).and("status").is(Reservation.Status.RESERVING)),
				new Update().set("status", Reservation.Status.HELD)
					.set("lines", snapshots)
					.set("settled", true)
					.set("updatedAt", now()),
				FindAndModifyOptions.options().returnNew(true), Reservation.class);
		if (held == null) {
			// The sweeper released it meanwhile (a call slower than the reservation
			// timeout).
			undo(reserving);
			throw new DomainRefusal.Conflict(ProblemType.RESERVATION_RELEASED,
					"Reservation %s expired while it was being made".formatted(id), Map.of("reservation_id", id));
		}
		return held;
	}

	private void undo(Reservation reserving) {
		try {
			for (Reservation.Line line : reserving.lines()) {
				this.ledger.giveBack(line.sku(), reserving.id(), line.quantity(), now());
			}
			this.mongo.remove(
					Query.query(where("_id").is(reserving.id()).and("status").is(Reservation.Status.RESERVING)),
					Reservation.class);
		}
		catch (RuntimeException ex) {
			// What stays held is released by the sweeper when the reservation expires.
			log.warn("Could not undo reservation {}; the sweeper releases it at expiry", reserving.id(), ex);
		}
	}

	private Refusal refusal(Reservation.Line line) {
		Product product = this.mongo.findOne(Query.query(where("sku").is(line.sku())), Product.class);
		if (product == null) {
			return unknown(List.of(line.sku()));
		}
		if (!product.active()) {
			return inactive(List.of(line.sku()));
		}
		return new CatalogRefusal.NotEnoughStock(List
			.of(new CatalogRefusal.NotEnoughStock.Shortage(line.sku(), line.quantity(), product.stockOnHand())));
	}

	/**
	 * Answers the common refusals with every bad line at once, before anything is taken.
	 */
	private void precheck(List<Request> requested) {
		Map<String, Product> products = this.mongo
			.find(Query.query(where("sku").in(requested.stream().map(Request::sku).toList())), Product.class)
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
		List<String> unknown = requested.stream()
			.map(Request::sku)
			.filter((sku) -> !products.containsKey(sku))
			.toList();
		if (!unknown.isEmpty()) {
			throw unknown(unknown);
		}
		List<String> inactive = requested.stream()
			.map(Request::sku)
			.filter((sku) -> !products.get(sku).active())
			.toList();
		if (!inactive.isEmpty()) {
			throw inactive(inactive);
		}
		List<CatalogRefusal.NotEnoughStock.Shortage> shortages = requested.stream()
			.filter((line) -> products.get(line.sku()).stockOnHand() < line.quantity())
			.map((line) -> new CatalogRefusal.NotEnoughStock.Shortage(line.sku(), line.quantity(),
					products.get(line.sku()).stockOnHand()))
			.toList();
		if (!shortages.isEmpty()) {
			throw new CatalogRefusal.NotEnoughStock(shortages);
		}
	}

	private Reservation replay(Reservation existing, List<Request> requested) {
		Set<Request> asked = new HashSet<>(requested);
		Set<Request> recorded = existing.lines()
			.stream()
			.map((line) -> new Request(line.sku(), line.quantity()))
			.collect(Collectors.toSet());
		if (!asked.equals(recorded)) {
			throw new CatalogRefusal.AlreadyExists(ProblemType.RESERVATION_ID_REUSED, "Reservation", existing.id(),
					"Reservation %s was made for other lines; a new placement needs a new id".formatted(existing.id()));
		}
		return switch (existing.status()) {
			case HELD, CONFIRMED -> existing;
			case RESERVING -> throw inProgress(existing.id());
			case RELEASED -> throw new DomainRefusal.Conflict(ProblemType.RESERVATION_RELEASED,
					"Reservation %s was released (%s); reserve again with a new id".formatted(existing.id(),
							existing.releaseReason()),
					Map.of("reservation_id", existing.id(), "release_reason",
							String.valueOf(existing.releaseReason())));
		};
	}

	private Reservation release(String id, Reservation.Status from, Reservation.ReleaseReason reason) {
		return this.mongo.findAndModify(Query.query(where("_id").is(id).and("status").is(from)),
				new Update().set("status", Reservation.Status.RELEASED)
					.set("releaseReason", reason)
					.set("releasedFrom", from)
					.set("settled", false)
					.set("updatedAt", now()),
				FindAndModifyOptions.options().returnNew(true), Reservation.class);
	}

	/**
	 * Does the stock moves the reservation's status asks for (idempotent), then marks it
	 * settled.
	 */
	private Reservation finish(Reservation reservation) {
		if (reservation.settled()) {
			return reservation;
		}
		Instant now = now();
		for (Reservation.Line line : reservation.lines()) {
			switch (reservation.status()) {
				case CONFIRMED -> this.ledger.settle(line.sku(), reservation.id(), now);
				case RELEASED -> {
					if (reservation.releasedFrom() == Reservation.Status.CONFIRMED) {
						this.ledger.settle(line.sku(), reservation.id(), now);
						this.ledger.restock(line.sku(), reservation.id(), line.quantity(), now);
					}
					else {
						this.ledger.giveBack(line.sku(), reservation.id(), line.quantity(), now);
					}
				}
				case RESERVING, HELD -> {
				}
			}
		}
		Reservation settled = this.mongo.findAndModify(
				Query.query(where("_id").is(reservation.id()).and("status").is(reservation.status())),
				new Update().set("settled", true), FindAndModifyOptions.options().returnNew(true), Reservation.class);
		return (settled != null) ? settled : reservation;
	}

	private Reservation find(String id) {
		Reservation reservation = this.mongo.findById(id, Reservation.class);
		if (reservation == null) {
			throw new DomainRefusal.NotFound(ProblemType.RESERVATION_NOT_FOUND, "Reservation", id,
					"Reservation %s was not found".formatted(id), Map.of("reservation_id", id));
		}
		return reservation;
	}

	private static String validate(String reservationId, List<Request> requested) {
		List<FieldViolation> violations = new ArrayList<>();
		String id = uuidOrNull(reservationId);
		if (id == null) {
			violations.add(new FieldViolation("reservation_id", "must be a UUID"));
		}
		if (requested.isEmpty() || requested.size() > MAX_LINES) {
			violations.add(new FieldViolation("lines", "must have 1 to %d lines".formatted(MAX_LINES)));
		}
		Set<String> skus = new HashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			Request line = requested.get(i);
			if (line.sku() == null || line.sku().isEmpty()) {
				violations.add(new FieldViolation("lines[%d].sku".formatted(i), "is required"));
			}
			else if (!skus.add(line.sku())) {
				violations.add(new FieldViolation("lines[%d].sku".formatted(i),
						"appears on an earlier line; put the whole quantity on one line"));
			}
			if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
				violations.add(new FieldViolation("lines[%d].quantity".formatted(i),
						"must be between 1 and %d".formatted(MAX_QUANTITY)));
			}
		}
		if (!violations.isEmpty()) {
			throw new DomainRefusal.Invalid(violations);
		}
		return id;
	}

	private static String validId(String reservationId) {
		String id = uuidOrNull(reservationId);
		if (id == null) {
			throw new DomainRefusal.Invalid("reservation_id", "must be a UUID");
		}
		return id;
	}

	private static String uuidOrNull(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Refusal unknown(List<String> skus) {
		return new DomainRefusal.NotFound(ProblemType.PRODUCT_NOT_FOUND, "Product", skus.getFirst(),
				"No product has SKU " + String.join(", ", skus), Map.of("skus", String.join(",", skus)));
	}

	private static Refusal inactive(List<String> skus) {
		return new DomainRefusal.Conflict(ProblemType.PRODUCT_INACTIVE,
				"Inactive products cannot be reserved: " + String.join(", ", skus),
				Map.of("skus", String.join(",", skus)));
	}

	private static Refusal inProgress(String id) {
		return new CatalogRefusal.InProgress(ProblemType.RESERVATION_IN_PROGRESS,
				"Reservation %s is being processed by another call; retry shortly".formatted(id),
				Map.of("reservation_id", id));
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
