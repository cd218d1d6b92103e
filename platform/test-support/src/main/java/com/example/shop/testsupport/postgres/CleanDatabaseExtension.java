package com.example.shop.testsupport.postgres;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every table of the test's database before each test, except Flyway's history,
 * so each test starts from the migrated, empty schema whatever ran before it.
 */
public class CleanDatabaseExtension implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		DataSource dataSource = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
		truncateAll(dataSource);
	}

	/**
	 * Truncates every table in the {@code public} schema but
	 * {@code flyway_schema_history}.
	 * @param dataSource the database to empty
	 */
	public static void truncateAll(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> tables = jdbc.queryForList("""
				select quote_ident(tablename) from pg_tables
				where schemaname = 'public' and tablename <> 'flyway_schema_history'""", String.class);
		if (!tables.isEmpty()) {
			jdbc.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
		}
	}

}
