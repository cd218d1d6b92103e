package com.example.shop.catalog.reservation;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code reservations} collection. Every status change is one conditional update of
 * one document ({@code status} must still be what the caller saw), so two calls can never
 * both move a reservation: the one that loses gets {@code null} and reads again.
 */
@Component
class ReservationStore {

	private final MongoTemplate mongo;

	ReservationStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The reservation, or null. */
	Reservation find(String id) {
		return this.mongo.findById(id, Reservation.class);
	}

	/** Inserts a new reservation; false if one with its id exists already. */
	boolean insert(Reservation reservation) {
		try {
			this.mongo.insert(reservation);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * RESERVING to HELD with the lines' name and price snapshots; null if not RESERVING.
	 */
	Reservation hold(String id, List<Reservation.Line> snapshots, Instant now) {
		return move(id, Reservation.Status.RESERVING,
				new Update().set("status", Reservation.Status.HELD)
					.set("lines", snapshots)
					.set("settled", true)
					.set("updatedAt", now));
	}

	/**
	 * HELD to COMMITTING: no longer expires. Null if not HELD. This update and the
	 * sweeper's release both require HELD, so whichever comes first decides.
	 */
	Reservation commit(String id, Instant now) {
		return move(id, Reservation.Status.HELD,
				new Update().set("status", Reservation.Status.COMMITTING).set("updatedAt", now));
	}

	/**
	 * HELD or COMMITTING to CONFIRMED, its stock moves still to do; null if neither.
	 */
	Reservation confirm(String id, Instant now) {
		Reservation confirmed = move(id, Reservation.Status.COMMITTING,
				new Update().set("status", Reservation.Status.CONFIRMED).set("settled", false).set("updatedAt", now));
		return (confirmed != null) ? confirmed : move(id, Reservation.Status.HELD,
				new Update().set("status", Reservation.Status.CONFIRMED).set("settled", false).set("updatedAt", now));
	}

	/**
	 * At most {@code limit} reservations in {@code status} whose status last changed
	 * before {@code changedBefore}, oldest first.
	 */
	List<Reservation> inStatus(Reservation.Status status, Instant changedBefore, int limit) {
		return this.mongo.find(Query.query(where("status").is(status).and("updatedAt").lt(changedBefore))
			.with(org.springframework.data.domain.Sort.by("updatedAt"))
			.limit(limit), Reservation.class);
	}

	/**
	 * From {@code from} to RELEASED, its stock moves still to do; null if not
	 * {@code from}.
	 */
	Reservation release(String id, Reservation.Status from, Reservation.ReleaseReason reason, Instant now) {
		return move(id, from,
				new Update().set("status", Reservation.Status.RELEASED)
					.set("releaseReason", reason)
					.set("releasedFrom", from)
					.set("settled", false)
					.set("updatedAt", now));
	}

	/**
	 * Marks the stock moves of the reservation's current status done; null if it moved
	 * on.
	 */
	Reservation settled(Reservation reservation) {
		return move(reservation.id(), reservation.status(), new Update().set("settled", true));
	}

	/** Forgets a reservation that never got past RESERVING. */
	void removeReserving(String id) {
		this.mongo.remove(Query.query(where("_id").is(id).and("status").is(Reservation.Status.RESERVING)),
				Reservation.class);
	}

	/** At most {@code limit} RESERVING or HELD reservations whose time is up. */
	List<Reservation> expired(Instant now, int limit) {
		return this.mongo.find(Query
			.query(where("status").in(Reservation.Status.RESERVING, Reservation.Status.HELD).and("expiresAt").lte(now))
			.limit(limit), Reservation.class);
	}

	/**
	 * At most {@code limit} CONFIRMED or RELEASED reservations whose stock moves an
	 * interrupted call left.
	 */
	List<Reservation> unsettled(Instant changedBefore, int limit) {
		return this.mongo.find(
				Query
					.query(where("settled").is(false)
						.and("status")
						.in(Reservation.Status.CONFIRMED, Reservation.Status.RELEASED)
						.and("updatedAt")
						.lte(changedBefore))
					.limit(limit),
				Reservation.class);
	}

	private Reservation move(String id, Reservation.Status from, Update update) {
		return this.mongo.findAndModify(Query.query(where("_id").is(id).and("status").is(from)), update,
				FindAndModifyOptions.options().returnNew(true), Reservation.class);
	}

}
