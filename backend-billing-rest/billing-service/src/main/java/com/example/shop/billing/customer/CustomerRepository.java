package com.example.shop.billing.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.support.web.PageParams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer accounts in PostgreSQL, with plain SQL. */
@Repository
class CustomerRepository {

	private static final String COLUMNS = """
			id, name, email, currency, credit_limit, payment_terms_days, status, created_at, updated_at, version""";

	private final JdbcClient jdbc;

	CustomerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CustomerAccount customer) {
		this.jdbc
			.sql("""
					insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status,
					    created_at, updated_at, version)
					values (:id, :name, :email, :currency, :creditLimit, :terms, :status, :createdAt, :updatedAt, :version)""")
			.param("id", customer.id())
			.param("name", customer.name())
			.param("email", customer.email())
			.param("currency", customer.currency().getCurrencyCode())
			.param("creditLimit", customer.creditLimit())
			.param("terms", customer.paymentTermsDays())
			.param("status", customer.status().name())
			.param("createdAt", utc(customer.createdAt()))
			.param("updatedAt", utc(customer.updatedAt()))
			.param("version", customer.version())
			.update();
	}

	/**
	 * Writes the changed account if, and only if, the stored version is still the one the
	 * change was based on.
	 * @return whether the row was updated (false: someone else changed it first)
	 */
	boolean update(CustomerAccount changed, long basedOnVersion) {
		int rows = this.jdbc.sql("""
				update customer set name = :name, email = :email, credit_limit = :creditLimit,
				    payment_terms_days = :terms, status = :status, updated_at = :updatedAt, version = :version
				where id = :id and version = :basedOn""")
			.param("name", changed.name())
			.param("email", changed.email())
			.param("creditLimit", changed.creditLimit())
			.param("terms", changed.paymentTermsDays())
			.param("status", changed.status().name())
			.param("updatedAt", utc(changed.updatedAt()))
			.param("version", changed.version())
			.param("id", changed.id())
			.param("basedOn", basedOnVersion)
			.update();
		return rows == 1;
	}

	Optional<CustomerAccount> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from customer where id = :id")
			.param("id", id)
			.query(this::customer)
			.optional();
	}

	List<CustomerAccount> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from customer where id in (:ids)")
			.param("ids", ids)
			.query(this::customer)
			.list();
	}

	List<CustomerAccount> find(CustomerFilter filter, PageParams paging) {
		Where where = where(filter);
		String orderBy = paging.sort().stream().map(PageParams.SortOrder::sql).collect(Collectors.joining(", "));
		var statement = this.jdbc.sql("select " + COLUMNS + " from customer" + where.sql() + " order by " + orderBy
				+ ", id limit :limit offset :offset");
		where.params().forEach(statement::param);
		return statement.param("limit", paging.size()).param("offset", paging.offset()).query(this::customer).list();
	}

	long count(CustomerFilter filter) {
		Where where = where(filter);
		var statement = this.jdbc.sql("select count(*) from customer" + where.sql());
		where.params().forEach(statement::param);
		return statement.query(Long.class).single();
	}

	private Where where(CustomerFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.search() != null) {
			// The search text is data, never pattern syntax: its own % and _ match
			// literally.
			conditions.add("(name ilike :search or email ilike :search)");
			params.put("search", "%" + filter.search().replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (!filter.statuses().isEmpty()) {
			conditions.add("status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return new Where(sql, params);
	}

	private CustomerAccount customer(ResultSet rs, int row) throws SQLException {
		return new CustomerAccount(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				Currency.getInstance(rs.getString("currency")), rs.getBigDecimal("credit_limit"),
				rs.getInt("payment_terms_days"), CustomerStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
