package com.example.shop.migrations.orders;

import com.example.shop.testsupport.postgres.FlywayMigrations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersMigrationsTests {

	private static final String LOCATION = "classpath:db/migration/orders";

	@Test
	void everyMigrationAppliesToAnEmptyDatabaseAndAgainAsANoOp() {
		FlywayMigrations.assertEveryMigrationAppliesOnceThenIsANoOp("orders_migrations", LOCATION);
	}

	@Test
	void theSchemaRefusesRowsThatBreakTheDomainsRules() throws Exception {
		var database = FlywayMigrations.migratedDatabase("orders_constraints", LOCATION);

		try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
			String insert = """
					insert into orders (id, number, placement_id, customer_id, customer_name, status, currency,
					    total_amount, placed_at, updated_at, version)
					values (gen_random_uuid(), 'ORD-1', 'key-1', gen_random_uuid(), 'A', '%s', 'KRW', %s, now(), now(), 0)
					""";
			assertThat(statement.executeUpdate(insert.formatted("PLACED", "10.00"))).isEqualTo(1);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> statement.executeUpdate(
						insert.formatted("LOST", "10.00").replace("ORD-1", "ORD-2").replace("key-1", "key-2")))
				.hasMessageContaining("check constraint");
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> statement.executeUpdate(
						insert.formatted("PLACED", "-1.00").replace("ORD-1", "ORD-3").replace("key-1", "key-3")))
				.hasMessageContaining("check constraint");

			String audit = """
					insert into order_audit (order_id, action, actor, at)
					values (%s, '%s', '%s', now())""";
			String order = "(select id from orders where number = 'ORD-1')";
			assertThat(statement.executeUpdate(audit.formatted(order, "PLACED", "kim"))).isEqualTo(1);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(
						() -> statement.executeUpdate(audit.formatted("gen_random_uuid()", "PLACED", "kim")))
				.hasMessageContaining("foreign key constraint");
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> statement.executeUpdate(audit.formatted(order, "placed", "kim")))
				.hasMessageContaining("check constraint");
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> statement.executeUpdate(audit.formatted(order, "PLACED", "")))
				.hasMessageContaining("check constraint");
			try (var detail = statement.executeQuery("select detail from order_audit")) {
				assertThat(detail.next()).isTrue();
				assertThat(detail.getString(1)).isEmpty();
			}
			String changes = """
					insert into order_audit (order_id, action, actor, at, changes)
					values (%s, 'CONFIRMED', 'kim', now(), %s)""";
			assertThat(statement.executeUpdate(changes.formatted(order,
					"'[{\"field\": \"status\", \"kind\": \"STATUS\", \"before\": \"PLACED\", \"after\": \"CONFIRMED\"}]'")))
				.isEqualTo(1);
			assertThat(statement.executeUpdate(changes.formatted(order, "null"))).as("an older entry").isEqualTo(1);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> statement.executeUpdate(changes.formatted(order, "'\"CONFIRMED\"'")))
				.as("not an array")
				.hasMessageContaining("check constraint");
		}
	}

}
