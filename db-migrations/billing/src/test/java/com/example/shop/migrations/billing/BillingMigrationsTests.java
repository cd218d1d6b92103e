package com.example.shop.migrations.billing;

import java.sql.SQLException;
import java.sql.Statement;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.postgres.FlywayMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingMigrationsTests {

	private static final String LOCATION = "classpath:db/migration/billing";

	/** An insert of an invoice naming every column; the test gives the values. */
	private static final String INSERT_INVOICE = """
			insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
			    issue_date, due_date, created_at, updated_at, version)
			""";

	/** An invoice of the test's number, customer, status, amounts and due date. */
	private static final String INVOICE_VALUES = INSERT_INVOICE + """
			values (gen_random_uuid(), '%s', gen_random_uuid(), '%s', '%s', 'KRW', %s, %s,
			    date '2026-11-20', date '%s', now(), now(), 0)""";

	/** A customer of the test's credit limit, payment terms and status. */
	private static final String CUSTOMER_INSERT = """
			insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status,
			    created_at, updated_at, version)
			values (gen_random_uuid(), 'A', 'a@example.com', 'KRW', %s, %s, '%s', now(), now(), 0)""";

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
	void theSchemaKeepsACustomerThatFollowsTheDomainsRules() throws Exception {
		withStatement(
				(statement) -> assertThat(statement.executeUpdate(CUSTOMER_INSERT.formatted("100.00", "30", "ACTIVE")))
					.isEqualTo(1));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			negative credit limit     | -1.00  | 30  | ACTIVE
			terms over a year         | 100.00 | 366 | ACTIVE
			a status it does not know | 100.00 | 30  | CLOSED
			""")
	void theSchemaRefusesCustomersThatBreakTheDomainsRules(String why, String creditLimit, String terms, String status)
			throws Exception {
		withStatement((statement) -> assertThatThrownBy(
				() -> statement.executeUpdate(CUSTOMER_INSERT.formatted(creditLimit, terms, status)))
			.as(why)
			.hasMessageContaining("check constraint"));
	}

	@Test
	void theSchemaKeepsInvoicesWhosePaidAmountFitsTheirStatus() throws Exception {
		withStatement((statement) -> {
			insertCustomer(statement);
			assertThat(statement
				.executeUpdate(INVOICE_VALUES.formatted("INV-T1", CUSTOMER, "OPEN", "100.00", "40.00", "2026-12-20")))
				.isEqualTo(1);
			assertThat(statement
				.executeUpdate(INVOICE_VALUES.formatted("INV-T2", CUSTOMER, "PAID", "100.00", "100.00", "2026-12-20")))
				.isEqualTo(1);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					paid but not fully  | INV-T3 | 6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11 | PAID | 100.00 | 99.99  | 2026-12-20 | check constraint
					fully paid but open | INV-T4 | 6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11 | OPEN | 100.00 | 100.00 | 2026-12-20 | check constraint
					void with payments  | INV-T5 | 6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11 | VOID | 100.00 | 1.00   | 2026-12-20 | check constraint
					due before issued   | INV-T6 | 6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11 | OPEN | 100.00 | 0.00   | 2026-11-19 | check constraint
					zero amount         | INV-T7 | 6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11 | OPEN | 0.00   | 0.00   | 2026-12-20 | check constraint
					unknown customer    | INV-T8 | 0b0e2a4c-79b1-4b7e-8a3b-0c2f7e6d9a10 | OPEN | 100.00 | 0.00   | 2026-12-20 | foreign key
					""")
	void theSchemaRefusesInvoicesWhosePaidAmountContradictsTheirStatus(String why, String number, String customer,
			String status, String amount, String paid, String due, String refusal) throws Exception {
		withStatement((statement) -> {
			insertCustomer(statement);
			assertThatThrownBy(() -> statement
				.executeUpdate(INVOICE_VALUES.formatted(number, customer, status, amount, paid, due))).as(why)
				.hasMessageContaining(refusal);
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
