package com.example.shop.migrations.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration Job runs while the previous version still serves, so a migration may only
 * expand: statements that break the running version (dropping or renaming what it uses,
 * requiring what it does not write, narrowing a type) belong in a migration named
 * {@code V<n>__contract_<what>.sql}, shipped once no running version needs the old shape
 * (k8s/README.md, "Migrations: expand, then contract"). A statement the running version
 * tolerates anyway may say why on the line before it:
 * {@code -- safe for the running version: <reason>}.
 */
class MigrationsAreExpandOnlyTests {

	static final List<Pattern> BREAKING = Stream
		.of("drop\\s+column", "drop\\s+table", "rename\\s", "set\\s+not\\s+null",
				"alter\\s+column\\s+\\w+\\s+(set\\s+data\\s+)?type",
				"add\\s+column\\s+[^;]*not\\s+null(?![^;]*default)")
		.map((p) -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
		.toList();

	static Stream<Resource> migrations() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql"));
	}

	@ParameterizedTest
	@MethodSource("migrations")
	void everyMigrationThatIsNotAContractStepOnlyExpands(Resource migration) throws IOException {
		String name = migration.getFilename();
		if (name.matches("V[0-9_]+__contract_.*")) {
			return;
		}
		assertThat(breakingStatements(migration.getContentAsString(StandardCharsets.UTF_8))).as(name).isEmpty();
	}

	@Test
	void theOrdersAndBillingMigrationsAreFound() throws IOException {
		assertThat(migrations().map(Resource::getFilename)).contains("V1__orders_and_lines.sql",
				"V1__customers_invoices_payments.sql");
	}

	@Test
	void aBreakingStatementIsFoundAndAnExplainedOneIsNot() {
		assertThat(breakingStatements("alter table orders drop column customer_name;")).hasSize(1);
		assertThat(breakingStatements("alter table orders add column x int not null;")).hasSize(1);
		assertThat(breakingStatements("alter table orders add column x int not null default 0;")).isEmpty();
		assertThat(breakingStatements("""
				-- safe for the running version: it never reads this table
				drop table old_report;""")).isEmpty();
	}

	static List<String> breakingStatements(String sql) {
		String[] lines = sql.split("\n");
		StringBuilder kept = new StringBuilder();
		boolean excused = false;
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.toLowerCase().startsWith("-- safe for the running version:")) {
				excused = true;
				continue;
			}
			if (trimmed.startsWith("--")) {
				continue;
			}
			if (!excused) {
				kept.append(line).append('\n');
			}
			if (trimmed.endsWith(";")) {
				excused = false;
			}
		}
		return Stream.of(kept.toString().split(";"))
			.map(String::strip)
			.filter((statement) -> BREAKING.stream().anyMatch((p) -> p.matcher(statement).find()))
			.toList();
	}

}
