package com.example.shop.billing.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.example.shop.billing.api.BillingApi;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.audit.AuditChanges;
import com.example.shop.support.audit.AuditText;
import com.example.shop.support.audit.TrailSize;
import com.example.shop.support.data.SqlTable;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static com.example.shop.support.data.SqlTable.utc;

/**
 * The audit trail of invoices and customers in PostgreSQL ({@code billing_audit}). An
 * entry is only ever written inside the transaction of the change it records (the core
 * services call {@link #record} after their change, in the same transaction), so a change
 * and its entry commit or roll back together. Entries are never changed or deleted.
 */
@Repository
public class AuditLog {

	/** How many entries a trail shows when the caller names no size. */
	public static final int DEFAULT_SIZE = BillingApi.AUDIT_DEFAULT_SIZE;

	/** The most entries one read of a trail returns. */
	public static final int MAX_SIZE = BillingApi.AUDIT_MAX_SIZE;

	private static final TrailSize SIZE = new TrailSize(DEFAULT_SIZE, MAX_SIZE);

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records one change, in the caller's transaction (there must be one: an entry
	 * written on its own could outlive a change that rolled back).
	 * @param action what was done (and so to which kind of entity)
	 * @param entityId the invoice's or customer's id
	 * @param actor who did it ({@link Actor#name()}); fitted to {@link Actor#MAX_LENGTH}
	 * @param at the instant the change stamped as the entity's {@code updatedAt}
	 * @param detail one line a person reads; fitted by {@link AuditText#oneLine}
	 * @param changes what changed, as data (empty when nothing did)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, UUID entityId, String actor, Instant at, String detail,
			List<AuditChange> changes) {
		this.jdbc.sql("""
				insert into billing_audit (entity_type, entity_id, action, actor, at, detail, changes)
				values (:type, :id, :action, :actor, :at, :detail, cast(:changes as jsonb))""")
			.param("type", action.entity().name())
			.param("id", entityId)
			.param("action", action.name())
			.param("actor", Actor.fit(actor))
			.param("at", utc(at))
			.param("detail", AuditText.oneLine(detail))
			.param("changes", AuditChanges.toJson(changes))
			.update();
	}

	/**
	 * The newest {@code size} entries of an entity's trail, newest first (by the order
	 * they were written).
	 * @param size 1..{@link #MAX_SIZE}, {@code null} for {@link #DEFAULT_SIZE}
	 * @throws DomainRefusal.Invalid naming {@code size} when it is out of range
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> trail(AuditedEntity entity, UUID entityId, Integer size) {
		int limit = checkedSize(size);
		return this.jdbc.sql("""
				select at, actor, action, detail, changes from billing_audit
				where entity_id = :id and entity_type = :type
				order by id desc limit :limit""")
			.param("id", entityId)
			.param("type", entity.name())
			.param("limit", limit)
			.query((rs, row) -> new AuditRecord(SqlTable.instant(rs, "at"), rs.getString("actor"),
					rs.getString("action"), rs.getString("detail"), AuditChanges.fromJson(rs.getString("changes"))))
			.list();
	}

	/**
	 * The trail of an entity that must exist, as the audit endpoints answer it: the size
	 * is checked first, then the entity, so a bad size is refused whether or not the
	 * entity exists.
	 * @param get finds the entity by its id, throwing when there is none
	 * @throws DomainRefusal.Invalid naming {@code size} when it is out of range
	 * @throws DomainRefusal.NotFound as {@code get} throws it
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> trailOf(AuditedEntity entity, UUID entityId, Integer size, Function<UUID, ?> get) {
		checkedSize(size);
		get.apply(entityId);
		return trail(entity, entityId, size);
	}

	/**
	 * {@code size}, or the default when {@code null}.
	 * @throws DomainRefusal.Invalid naming {@code size} outside 1..{@link #MAX_SIZE}
	 */
	public static int checkedSize(Integer size) {
		return SIZE.checked(size);
	}

}
