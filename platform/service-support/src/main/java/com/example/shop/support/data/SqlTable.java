package com.example.shop.support.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements every table of an aggregate needs, written once: insert a row, find one
 * by a key, a paged and filtered list with its total, and the optimistic versioned
 * update. Plain SQL over {@link JdbcClient}; the table has an {@code id} and, for
 * updates, a {@code version} column. Table and column names come from the code, never
 * from a request.
 *
 * @param jdbc the client
 * @param name the table
 * @param columns the columns a row mapper reads, comma-separated
 */
public record SqlTable(JdbcClient jdbc, String name, String columns) {

	/** The select of every column from the table, to go on with a where clause. */
	public String select() {
		return "select " + this.columns + " from " + this.name;
	}

	/** A new row; {@link Insert#execute()} writes it. */
	public Insert insert() {
		return new Insert(this);
	}

	/**
	 * The row whose {@code column} equals {@code value}.
	 * @param <T> the row type
	 * @param column a unique column, such as {@code id}
	 * @param value its value
	 * @param rows reads a row
	 * @return the row, if there is one
	 */
	public <T> Optional<T> findBy(String column, Object value, RowMapper<T> rows) {
		return this.jdbc.sql(select() + " where " + column + " = :value").param("value", value).query(rows).optional();
	}

	/**
	 * One page of the rows that match, in the page's order (then by {@code id}, so pages
	 * never overlap), and how many match in all.
	 * @param <T> the row type
	 * @param where the filters
	 * @param paging page, size and the whitelisted sort
	 * @param rows reads a row
	 * @return the page and the total
	 */
	public <T> Page<T> page(Where where, PageParams paging, RowMapper<T> rows) {
		String orderBy = paging.sort().stream().map(PageParams.SortOrder::sql).collect(Collectors.joining(", "));
		var items = this.jdbc.sql(select() + where.sql() + " order by " + orderBy + ", id limit :limit offset :offset")
			.params(where.params())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(rows)
			.list();
		long total = this.jdbc.sql("select count(*) from " + this.name + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		return new Page<>(items, total);
	}

	/**
	 * An optimistic update of one row: it is written if, and only if, its version is
	 * still the one the change was based on. {@link VersionedUpdate#execute()} says
	 * whether it was.
	 * @param id the row's id
	 * @param basedOnVersion the version the change was based on
	 * @param nextVersion the version the row gets
	 * @return the update, to name the changed columns on
	 */
	public VersionedUpdate update(Object id, long basedOnVersion, long nextVersion) {
		return new VersionedUpdate(this, id, basedOnVersion, nextVersion);
	}

	/** An instant as PostgreSQL's {@code timestamptz} takes it. */
	public static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A {@code timestamptz} column as an instant. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** A row to insert, column by column; parameters are named after the columns. */
	public static final class Insert {

		private final SqlTable table;

		private final Map<String, Object> values = new LinkedHashMap<>();

		private Insert(SqlTable table) {
			this.table = table;
		}

		public Insert set(String column, Object value) {
			this.values.put(column, value);
			return this;
		}

		/**
		 * Writes the row.
		 * @return how many rows were inserted
		 */
		public int execute() {
			return execute("");
		}

		/**
		 * Writes the row, with a clause after the values.
		 * @param suffix what follows the values, such as
		 * {@code on conflict (order_id) do nothing}
		 * @return how many rows were inserted
		 */
		public int execute(String suffix) {
			String names = String.join(", ", this.values.keySet());
			String params = this.values.keySet().stream().map((c) -> ":" + c).collect(Collectors.joining(", "));
			String sql = "insert into " + this.table.name + " (" + names + ") values (" + params + ")"
					+ (suffix.isEmpty() ? "" : " " + suffix);
			return this.table.jdbc.sql(sql).params(this.values).update();
		}

	}

	/** The columns an optimistic update changes; parameters are named after them. */
	public static final class VersionedUpdate {

		private final SqlTable table;

		private final Map<String, Object> values = new LinkedHashMap<>();

		private final Map<String, Object> condition;

		private VersionedUpdate(SqlTable table, Object id, long basedOnVersion, long nextVersion) {
			this.table = table;
			this.condition = Map.of("id", id, "basedOnVersion", basedOnVersion);
			this.values.put("version", nextVersion);
		}

		public VersionedUpdate set(String column, Object value) {
			this.values.put(column, value);
			return this;
		}

		/**
		 * Writes the change over the version it was based on.
		 * @return whether the row was updated (false: someone else changed it first)
		 */
		public boolean execute() {
			String assignments = this.values.keySet()
				.stream()
				.map((column) -> column + " = :" + column)
				.collect(Collectors.joining(", "));
			return this.table.jdbc
				.sql("update " + this.table.name + " set " + assignments
						+ " where id = :id and version = :basedOnVersion")
				.params(this.values)
				.params(this.condition)
				.update() == 1;
		}

	}

}
