package com.example.shop.migrations.billing;

import java.sql.SQLException;
import java.sql.Statement;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.postgres.FlywayMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingMigrationsTests {

	private static final String LOCATION = "classpath:db/migration/billing";

	/** An insert of an invoice naming every column; the test gives the values. */
	private static final String INSERT_INVOICE = """
			insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
			    issue_date, due_date, created_at, updated_at, version)
			""";

	private static final String CUSTOMER = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";

	private static EmbeddedPostgresServer.Database constrained;

	@BeforeAll
	static void migrateOnce() {
		constrained = FlywayMigrations.migratedDatabase("billing_constraints", LOCATION);
	}

	@Test
	void everyMigrationAppliesToAnEmptyDatabaseAndAgainAsANoOp() {
		FlywayMigrations.assertEveryMigrationAppliesOnceThenIsANoOp("billing_migrations", LOCATION);
	}

	@Test
	void theSchemaRefusesCustomersThatBreakTheDomainsRules() throws Exception {
		withStatement((statement) -> {
			String insert = """
					insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status,
					    created_at, updated_at, version)
					values (gen_random_uuid(), 'A', 'a@example.com', 'KRW', %s, %s, '%s', now(), now(), 0)""";
			assertThat(statement.executeUpdate(insert.formatted("100.00", "30", "ACTIVE"))).isEqualTo(1);
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("-1.00", "30", "ACTIVE")))
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("100.00", "366", "ACTIVE")))
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("100.00", "30", "CLOSED")))
				.hasMessageContaining("check constraint");
		});
	}

	@Test
	void theSchemaRefusesInvoicesWhosePaidAmountContradictsTheirStatus() throws Exception {
		withStatement((statement) -> {
			insertCustomer(statement);
			String insert = INSERT_INVOICE + """
					values (gen_random_uuid(), '%s', gen_random_uuid(), '%s', '%s', 'KRW', %s, %s,
					    date '2026-11-20', date '%s', now(), now(), 0)""";
			assertThat(statement
				.executeUpdate(insert.formatted("INV-T1", CUSTOMER, "OPEN", "100.00", "40.00", "2026-12-20")))
				.isEqualTo(1);
			assertThat(statement
				.executeUpdate(insert.formatted("INV-T2", CUSTOMER, "PAID", "100.00", "100.00", "2026-12-20")))
				.isEqualTo(1);
			assertThatThrownBy(() -> statement
				.executeUpdate(insert.formatted("INV-T3", CUSTOMER, "PAID", "100.00", "99.99", "2026-12-20")))
				.as("paid but not fully")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement
				.executeUpdate(insert.formatted("INV-T4", CUSTOMER, "OPEN", "100.00", "100.00", "2026-12-20")))
				.as("fully paid but open")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement
				.executeUpdate(insert.formatted("INV-T5", CUSTOMER, "VOID", "100.00", "1.00", "2026-12-20")))
				.as("void with payments")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement
				.executeUpdate(insert.formatted("INV-T6", CUSTOMER, "OPEN", "100.00", "0.00", "2026-11-19")))
				.as("due before issued")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement
				.executeUpdate(insert.formatted("INV-T7", CUSTOMER, "OPEN", "0.00", "0.00", "2026-12-20")))
				.as("zero amount")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("INV-T8",
					"0b0e2a4c-79b1-4b7e-8a3b-0c2f7e6d9a10", "OPEN", "100.00", "0.00", "2026-12-20")))
				.as("unknown customer")
				.hasMessageContaining("foreign key");
		});
	}

	@Test
	void anOrderGetsOneInvoiceAtMost() throws Exception {
		withStatement((statement) -> {
			insertCustomer(statement);
			String insert = INSERT_INVOICE + """
					values (gen_random_uuid(), '%s', 'a1a1a1a1-0000-4000-8000-000000000001', '%s', 'OPEN', 'KRW',
					    10.00, 0, date '2026-11-20', date '2026-11-20', now(), now(), 0)""";
			assertThat(statement.executeUpdate(insert.formatted("INV-U1", CUSTOMER))).isEqualTo(1);
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("INV-U2", CUSTOMER)))
				.hasMessageContaining("invoice_order_id_key");
		});
	}

	@Test
	void theAuditTrailKeepsEntriesOfInvoicesAndCustomersOnlyWithAnActorAndAFittedDetail() throws Exception {
		withStatement((statement) -> {
			String insert = """
					insert into billing_audit (entity_type, entity_id, action, actor, at, detail)
					values ('%s', gen_random_uuid(), '%s', '%s', now(), '%s')""";
			assertThat(statement.executeUpdate(insert.formatted("INVOICE", "PAYMENT_RECORDED", "lee", "payment")))
				.isEqualTo(1);
			assertThat(statement.executeUpdate(
					"insert into billing_audit (entity_type, entity_id, action, actor, at) values ('CUSTOMER', "
							+ "gen_random_uuid(), 'CREATED', 'lee', now())"))
				.as("detail defaults to empty")
				.isEqualTo(1);
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("ORDER", "PLACED", "lee", "x")))
				.as("another entity")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("INVOICE", "paid", "lee", "x")))
				.as("not UPPER_SNAKE")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("INVOICE", "VOIDED", "", "x")))
				.as("nobody")
				.hasMessageContaining("check constraint");
			assertThatThrownBy(
					() -> statement.executeUpdate(insert.formatted("INVOICE", "VOIDED", "lee", "x".repeat(501))))
				.as("detail over 500")
				.hasMessageContaining("too long");
		});
	}

	@Test
	void anAuditEntryKeepsItsChangesAsAnArrayOrNoneAsBeforeTheyWereKept() throws Exception {
		withStatement((statement) -> {
			String insert = """
					insert into billing_audit (entity_type, entity_id, action, actor, at, detail, changes)
					values ('CUSTOMER', gen_random_uuid(), 'UPDATED', 'lee', now(), 'x', %s)""";
			assertThat(statement.executeUpdate(insert.formatted("""
					'[{"field": "creditLimit", "kind": "MONEY", "before": "5000000.00", "after": "5856000.00",
					  "currency": "KRW"}]'"""))).isEqualTo(1);
			assertThat(statement.executeUpdate(insert.formatted("'[]'"))).as("nothing changed").isEqualTo(1);
			assertThat(statement.executeUpdate(insert.formatted("null"))).as("an older entry").isEqualTo(1);
			assertThatThrownBy(() -> statement.executeUpdate(insert.formatted("'{\"field\": \"name\"}'")))
				.as("not an array")
				.hasMessageContaining("check constraint");
			try (var read = statement.executeQuery(
					"select changes -> 0 ->> 'after' from billing_audit where changes -> 0 ->> 'field' = 'creditLimit'")) {
				assertThat(read.next()).isTrue();
				assertThat(read.getString(1)).isEqualTo("5856000.00");
			}
		});
	}

	/**
	 * Runs {@code work} on a statement of the database migrated once for the schema's
	 * checks.
	 */
	private static void withStatement(StatementWork work) throws SQLException {
		try (var connection = constrained.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			work.run(statement);
		}
	}

	/** The customer the invoice tests bill; inserted once, whichever test runs first. */
	private static void insertCustomer(Statement statement) throws SQLException {
		statement.executeUpdate("""
				insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status,
				    created_at, updated_at, version)
				values ('%s', 'B', 'b@example.com', 'KRW', 0, 30, 'ACTIVE', now(), now(), 0)
				on conflict do nothing""".formatted(CUSTOMER));
	}

	@FunctionalInterface
	private interface StatementWork {

		void run(Statement statement) throws SQLException;

	}

}
