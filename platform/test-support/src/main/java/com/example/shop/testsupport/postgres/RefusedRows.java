package com.example.shop.testsupport.postgres;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes PostgreSQL refuse some rows of a table with an error, as a full disk, a deadlock
 * or a lock timeout would, for the tests of what a service or job does when a write fails
 * part way: a trigger raising the error, until {@link #lift()}.
 */
public final class RefusedRows {

	private final JdbcClient jdbc;

	private final String table;

	private final String name;

	private RefusedRows(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
		this.name = "refuse_" + table;
	}

	/**
	 * Refuses every {@code operation} ({@code insert}, {@code update} or {@code delete})
	 * of a row of {@code table}, raising {@code error}.
	 */
	public static RefusedRows refuse(JdbcClient jdbc, String operation, String table, String error) {
		return refuse(jdbc, operation, table, "true", error);
	}

	/**
	 * Refuses the {@code operation} ({@code insert}, {@code update} or {@code delete}) of
	 * each row of {@code table} for which {@code when} holds (SQL over {@code new} or
	 * {@code old}), raising {@code error}.
	 */
	public static RefusedRows refuse(JdbcClient jdbc, String operation, String table, String when, String error) {
		RefusedRows refused = new RefusedRows(jdbc, table);
		jdbc.sql("""
				create or replace function %s() returns trigger language plpgsql as $$
				begin raise exception '%s'; end $$""".formatted(refused.name, error.replace("'", "''"))).update();
		jdbc.sql("create trigger %s before %s on %s for each row when (%s) execute function %s()"
			.formatted(refused.name, operation, table, when, refused.name)).update();
		return refused;
	}

	/** Lets the rows through again. */
	public void lift() {
		this.jdbc.sql("drop trigger %s on %s".formatted(this.name, this.table)).update();
		this.jdbc.sql("drop function %s()".formatted(this.name)).update();
	}

}
