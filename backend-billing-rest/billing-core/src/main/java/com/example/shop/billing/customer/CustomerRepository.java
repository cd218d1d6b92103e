package com.example.shop.billing.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.data.SqlTable;
import com.example.shop.support.data.Where;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.example.shop.support.data.SqlTable.utc;

/** Customer accounts in PostgreSQL, with plain SQL. */
@Repository
class CustomerRepository {

	private final JdbcClient jdbc;

	private final SqlTable customers;

	CustomerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.customers = new SqlTable(jdbc, "customer",
				"id, name, email, currency, credit_limit, payment_terms_days, status, created_at, updated_at, version");
	}

	void insert(CustomerAccount customer) {
		this.customers.insert()
			.set("id", customer.id())
			.set("name", customer.name())
			.set("email", customer.email())
			.set("currency", customer.currency().getCurrencyCode())
			.set("credit_limit", customer.creditLimit())
			.set("payment_terms_days", customer.paymentTermsDays())
			.set("status", customer.status().name())
			.set("created_at", utc(customer.createdAt()))
			.set("updated_at", utc(customer.updatedAt()))
			.set("version", customer.version())
			.execute();
	}

	/**
	 * Writes the changed account if, and only if, the stored version is still the one the
	 * change was based on.
	 * @return whether the row was updated (false: someone else changed it first)
	 */
	boolean update(CustomerAccount changed, long basedOnVersion) {
		return this.customers.update(changed.id(), basedOnVersion, changed.version())
			.set("name", changed.name())
			.set("email", changed.email())
			.set("credit_limit", changed.creditLimit())
			.set("payment_terms_days", changed.paymentTermsDays())
			.set("status", changed.status().name())
			.set("updated_at", utc(changed.updatedAt()))
			.execute();
	}

	Optional<CustomerAccount> findById(UUID id) {
		return this.customers.findBy("id", id, this::customer);
	}

	List<CustomerAccount> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(this.customers.select() + " where id in (:ids)")
			.param("ids", ids)
			.query(this::customer)
			.list();
	}

	Page<CustomerAccount> find(CustomerFilter filter, PageParams paging) {
		Where where = new Where();
		if (filter.search() != null) {
			// The search text is data, never pattern syntax: its own % and _ match
			// literally.
			where.and("(name ilike :search or email ilike :search)", "search",
					"%" + filter.search().replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (!filter.statuses().isEmpty()) {
			where.and("status in (:statuses)", "statuses", Where.names(filter.statuses()));
		}
		return this.customers.page(where, paging, this::customer);
	}

	private CustomerAccount customer(ResultSet rs, int row) throws SQLException {
		return new CustomerAccount(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				Currency.getInstance(rs.getString("currency")), rs.getBigDecimal("credit_limit"),
				rs.getInt("payment_terms_days"), CustomerStatus.valueOf(rs.getString("status")),
				SqlTable.instant(rs, "created_at"), SqlTable.instant(rs, "updated_at"), rs.getLong("version"));
	}

	List<UUID> idsAfter(UUID after, int limit) {
		return this.jdbc.sql("""
				select id from customer where (cast(:after as uuid) is null or id > cast(:after as uuid))
				order by id limit :limit""").param("after", after).param("limit", limit).query(UUID.class).list();
	}

}
