package com.example.shop.localrun;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A JDBC seeder loads all of its demo data or, when a statement fails, none of it; and it
 * moves a number sequence past the demo's numbers, never back.
 */
class JdbcDemoSeederTests {

	@Test
	void aSeedThatFailsHalfwayLeavesNothingBehind() throws Exception {
		JdbcTemplate jdbc = freshTable("demo_seed_rollback");
		DataSource dataSource = jdbc.getDataSource();
		JdbcDemoSeeder failing = new Seeder(dataSource, (connection) -> {
			insert(connection, 1);
			insert(connection, 1);
		});
		JdbcDemoSeeder working = new Seeder(dataSource, (connection) -> insert(connection, 2));

		assertThatThrownBy(failing::seed).isInstanceOf(SQLException.class);
		String loaded = working.seed();

		assertThat(jdbc.queryForList("select id from demo", Integer.class)).containsExactly(2);
		assertThat(loaded).isEqualTo("loaded");
	}

	@Test
	void theNumberSequenceMovesPastTheDemoNumbersButNeverBack() throws Exception {
		JdbcTemplate jdbc = freshTable("demo_seed_numbers");
		jdbc.execute("create sequence demo_number_seq");

		new Seeder(jdbc.getDataSource(), (connection) -> JdbcDemoSeeder.numberAfter(connection, "demo_number_seq", 240))
			.seed();
		jdbc.execute("select setval('demo_number_seq', 300)");
		new Seeder(jdbc.getDataSource(), (connection) -> JdbcDemoSeeder.numberAfter(connection, "demo_number_seq", 240))
			.seed();

		assertThat(jdbc.queryForObject("select nextval('demo_number_seq')", Long.class)).isEqualTo(301);
	}

	private static JdbcTemplate freshTable(String database) {
		JdbcTemplate jdbc = new JdbcTemplate(EmbeddedPostgresServer.get().createFreshDatabase(database).dataSource());
		jdbc.execute("create table demo (id int primary key)");
		return jdbc;
	}

	private static void insert(Connection connection, int id) throws SQLException {
		try (var statement = connection.prepareStatement("insert into demo (id) values (?)")) {
			statement.setInt(1, id);
			statement.executeUpdate();
		}
	}

	/** What a seeder does in its transaction. */
	private interface Load {

		void into(Connection connection) throws SQLException;

	}

	private static final class Seeder extends JdbcDemoSeeder {

		private final Load load;

		Seeder(DataSource dataSource, Load load) {
			super(dataSource, LocalDate.of(2026, 11, 24), ZoneOffset.UTC);
			this.load = load;
		}

		@Override
		protected String load(Connection connection) throws SQLException {
			this.load.into(connection);
			return "loaded";
		}

	}

}
