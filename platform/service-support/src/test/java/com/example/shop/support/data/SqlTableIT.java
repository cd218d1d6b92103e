package com.example.shop.support.data;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC helpers against a real PostgreSQL, on a table of their own. */
class SqlTableIT {

	private static JdbcClient jdbc;

	private static final RowMapper<Row> ROWS = (rs, row) -> new Row(rs.getObject("id", UUID.class),
			rs.getString("name"), rs.getString("status"), SqlTable.instant(rs, "updated_at"), rs.getLong("version"));

	private SqlTable things;

	@BeforeAll
	static void createTable() {
		jdbc = JdbcClient.create(EmbeddedPostgresServer.get().createFreshDatabase("sql_table").dataSource());
		jdbc.sql("""
				create table thing (id uuid primary key, name text not null, status text not null,
				    updated_at timestamptz not null, version bigint not null)""").update();
		jdbc.sql("create sequence thing_number_seq").update();
	}

	@BeforeEach
	void setUp() {
		jdbc.sql("delete from thing").update();
		this.things = new SqlTable(jdbc, "thing", "id, name, status, updated_at, version");
	}

	@Test
	void aPageHoldsTheMatchingRowsInTheWhitelistedOrderAndTheTotalOfAllThatMatch() {
		for (int i = 1; i <= 5; i++) {
			insert("thing-" + i, (i % 2 == 0) ? "EVEN" : "ODD");
		}
		Where odd = new Where().and("status in (:statuses)", "statuses", List.of("ODD"));
		PageParams secondPage = PageParams.of(1, 2, List.of("name,desc"), Map.of("name", "name"),
				new PageParams.SortOrder("name", false));

		Page<Row> page = this.things.page(odd, secondPage, ROWS);

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).extracting(Row::name).containsExactly("thing-1");
		assertThat(this.things
			.page(new Where(), PageParams.of(0, 10, null, Map.of(), new PageParams.SortOrder("name", false)), ROWS)
			.items()).extracting(Row::name).containsExactly("thing-1", "thing-2", "thing-3", "thing-4", "thing-5");
	}

	@Test
	void aFilterValueIsAParameterNeverSqlText() {
		insert("o'brien", "ODD");

		Where byName = new Where().and("name = :name", "name", "o'brien' or '1'='1");

		assertThat(this.things
			.page(byName, PageParams.of(0, 10, null, Map.of(), new PageParams.SortOrder("name", false)), ROWS)
			.total()).isZero();
		assertThat(new Where().sql()).isEmpty();
	}

	@Test
	void aVersionedUpdateWritesOnlyOverTheVersionItWasBasedOn() {
		UUID id = insert("thing", "ODD");

		boolean first = this.things.update(id, 0, 1).set("status", "EVEN").execute();
		boolean stale = this.things.update(id, 0, 1).set("status", "LOST").execute();

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		Row row = this.things.findBy("id", id, ROWS).orElseThrow();
		assertThat(row.status()).isEqualTo("EVEN");
		assertThat(row.version()).isEqualTo(1);
		assertThat(this.things.findBy("id", UUID.randomUUID(), ROWS)).isEmpty();
	}

	@Test
	void anInsertWithASuffixCanSkipAConflictingRow() {
		UUID id = insert("thing", "ODD");

		int rows = this.things.insert()
			.set("id", id)
			.set("name", "again")
			.set("status", "ODD")
			.set("updated_at", SqlTable.utc(Instant.EPOCH))
			.set("version", 0)
			.execute("on conflict (id) do nothing");

		assertThat(rows).isZero();
		assertThat(this.things.findBy("id", id, ROWS).orElseThrow().name()).isEqualTo("thing");
	}

	@Test
	void numbersComeFromTheSequenceInTheirFormatAndNeverRepeat() {
		NumberSequence numbers = new NumberSequence(jdbc, "thing_number_seq", "THG-%06d");

		String first = numbers.next();
		String second = numbers.next();

		assertThat(first).matches("THG-\\d{6}");
		assertThat(second).isNotEqualTo(first);
	}

	private UUID insert(String name, String status) {
		UUID id = UUID.randomUUID();
		this.things.insert()
			.set("id", id)
			.set("name", name)
			.set("status", status)
			.set("updated_at", SqlTable.utc(Instant.parse("2026-11-20T01:00:00Z")))
			.set("version", 0)
			.execute();
		return id;
	}

	record Row(UUID id, String name, String status, Instant updatedAt, long version) {
	}

}
