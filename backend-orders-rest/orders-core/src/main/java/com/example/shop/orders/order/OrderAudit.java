package com.example.shop.orders.order;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.example.shop.orders.api.OrderStatus;
import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.audit.AuditChanges;
import com.example.shop.support.audit.AuditText;
import com.example.shop.support.data.SqlTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.example.shop.support.data.SqlTable.utc;

/**
 * The orders' audit trail ({@code order_audit}): one entry per change that matters, who
 * made it and when. The services that make a change record it here inside the change's
 * own transaction, so a change and its entry commit or roll back together; entries are
 * only ever inserted.
 */
@Repository
public class OrderAudit {

	/** The longest detail an entry keeps; longer text is cut with an ellipsis. */
	private final JdbcClient jdbc;

	private final SqlTable entries;

	OrderAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.entries = new SqlTable(jdbc, "order_audit", "at, actor, action, detail, changes");
	}

	/**
	 * Records that {@code order} was placed. Must run in the transaction that inserts it.
	 * @param actor who placed it ({@code Actor.name()})
	 */
	void placed(SalesOrder order, String actor) {
		record(order, Action.PLACED, actor, placedDetail(order), placedChanges(order));
	}

	/**
	 * Records that an order moved from {@code from} to its status now. Must run in the
	 * transaction that writes the move.
	 * @param actor who moved it ({@code Actor.name()})
	 */
	void moved(OrderStatus from, SalesOrder changed, String actor) {
		record(changed, Action.of(from, changed.status()), actor, moveDetail(from, changed),
				moveChanges(from, changed));
	}

	/**
	 * One entry, at the instant the change stamped as the order's {@code updated_at}; the
	 * detail made one line of at most {@value AuditText#MAX_LENGTH} characters, the
	 * changes kept as data (a JSON array).
	 */
	private void record(SalesOrder changed, Action action, String actor, String detail, List<AuditChange> changes) {
		this.jdbc.sql("""
				insert into order_audit (order_id, action, actor, at, detail, changes)
				values (:order, :action, :actor, :at, :detail, cast(:changes as jsonb))""")
			.param("order", changed.id())
			.param("action", action.name())
			.param("actor", actor)
			.param("at", utc(changed.updatedAt()))
			.param("detail", AuditText.oneLine(detail))
			.param("changes", AuditChanges.toJson(changes))
			.update();
	}

	/** An order's most recent {@code limit} entries, newest first. */
	List<Entry> newestFirst(UUID orderId, int limit) {
		return this.jdbc.sql(this.entries.select() + " where order_id = :id order by id desc limit :limit")
			.param("id", orderId)
			.param("limit", limit)
			.query((rs, row) -> new Entry(SqlTable.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("detail"), AuditChanges.fromJson(rs.getString("changes"))))
			.list();
	}

	/** What placing {@code order} records: how many lines, and its total. */
	static String placedDetail(SalesOrder order) {
		int lines = order.lines().size();
		return "%d %s, total %s %s".formatted(lines, (lines == 1) ? "line" : "lines",
				order.total().setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
				order.currency().getCurrencyCode());
	}

	/** What placing {@code order} records as data: its status and total from none. */
	static List<AuditChange> placedChanges(SalesOrder order) {
		return List.of(AuditChange.status("status", null, order.status()),
				AuditChange.money("total", null, order.total(), order.currency()));
	}

	/**
	 * What a move records as data: the status, and the reason a cancellation gives.
	 */
	static List<AuditChange> moveChanges(OrderStatus from, SalesOrder changed) {
		String reason = changed.cancellationReason();
		boolean requested = Action.of(from, changed.status()) == Action.CANCELLATION_REQUESTED;
		return (requested && reason != null && !reason.isBlank())
				? List.of(AuditChange.status("status", from, changed.status()),
						AuditChange.text("cancellationReason", null, reason))
				: List.of(AuditChange.status("status", from, changed.status()));
	}

	/**
	 * What a move from one status to another records: the move, with the reason a
	 * cancellation carries, or why a cancellation went back.
	 */
	static String moveDetail(OrderStatus from, SalesOrder changed) {
		String move = from + " → " + changed.status();
		if (Action.of(from, changed.status()) == Action.CANCELLATION_REVERTED) {
			return move + ", its invoice could not be voided";
		}
		boolean cancelling = changed.status() == OrderStatus.CANCELLING || changed.status() == OrderStatus.CANCELLED;
		String reason = changed.cancellationReason();
		return (cancelling && reason != null && !reason.isBlank()) ? move + ", reason: " + reason : move;
	}

	/** What an entry says was done: an upper-case verb in the past tense. */
	enum Action {

		/** The order was created. */
		PLACED,

		CONFIRMED,

		SHIPPED,

		DELIVERED,

		/** A person asked to cancel it: it is CANCELLING while its invoice is voided. */
		CANCELLATION_REQUESTED,

		/** Its cancellation finished. */
		CANCELLED,

		/** Its invoice could not be voided: it went back to where it was. */
		CANCELLATION_REVERTED;

		/**
		 * The action that moving an order from {@code from} to {@code to} records (a move
		 * the lifecycle allows).
		 */
		static Action of(OrderStatus from, OrderStatus to) {
			if (from == OrderStatus.CANCELLING && to != OrderStatus.CANCELLED) {
				return CANCELLATION_REVERTED;
			}
			return switch (to) {
				case PLACED -> PLACED;
				case CONFIRMED -> CONFIRMED;
				case SHIPPED -> SHIPPED;
				case DELIVERED -> DELIVERED;
				case CANCELLING -> CANCELLATION_REQUESTED;
				case CANCELLED -> CANCELLED;
			};
		}

	}

	/**
	 * One entry of an order's trail.
	 *
	 * @param at when the change was made (the order's {@code updatedAt} then)
	 * @param actor who made it
	 * @param action what was done
	 * @param detail one line a person reads, possibly empty
	 * @param changes what changed, as data; {@code null} for an entry recorded before
	 * entries kept them (issue 15)
	 */
	public record Entry(Instant at, String actor, String action, String detail, List<AuditChange> changes) {
	}

}
