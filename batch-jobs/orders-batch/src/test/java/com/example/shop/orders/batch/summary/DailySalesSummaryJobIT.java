package com.example.shop.orders.batch.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.batch.support.JdbcBatchJobTest;
import com.example.shop.orders.api.OrderStatus;
import com.example.shop.orders.batch.OrdersBatchTest;
import com.example.shop.orders.batch.OrdersFixture;
import com.example.shop.orders.order.OrderService;
import com.example.shop.testsupport.postgres.RefusedRows;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

@OrdersBatchTest
// A week per chunk, so the restart test's 19 days span three chunks.
@TestPropertySource(properties = "app.batch.summary.days-per-chunk=7")
class DailySalesSummaryJobIT extends JdbcBatchJobTest {

	static final LocalDate D1 = LocalDate.of(2026, 11, 17);

	static final LocalDate D2 = LocalDate.of(2026, 11, 18);

	static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 19);

	static final String SUMMARY = "select * from sales_day order by day";

	static final String STATUSES = "select * from sales_day_status order by day, status";

	static final String PRODUCTS = "select * from sales_day_product order by day, sku";

	@Autowired
	OrderService orders;

	@Autowired
	JobRepository jobs;

	OrdersFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new OrdersFixture(this.jdbc);
	}

	@Test
	void summarisesEachDayIntoCountsRevenueAndProductsAndTheStatsReadTheSameFromIt() {
		knownOrders();
		var live = this.orders.stats(D1, YESTERDAY);

		int exit = this.runner.execute(List.of("daily-sales-summary", "from=" + D1, "to=" + YESTERDAY));

		assertThat(exit).isZero();
		assertThat(this.fixture.rows("select day, revenue_orders, revenue, source_orders from sales_day order by day"))
			.extracting((r) -> r.get("day").toString() + " " + r.get("revenue_orders") + " " + r.get("revenue") + " "
					+ r.get("source_orders"))
			.containsExactly("2026-11-17 2 3500.00 3", "2026-11-18 1 1000.00 1", "2026-11-19 0 0.00 0");
		assertThat(this.fixture
			.rows("select day, status, orders from sales_day_status where orders > 0 order by day," + " status"))
			.extracting((r) -> r.get("day") + " " + r.get("status") + " " + r.get("orders"))
			.containsExactly("2026-11-17 CANCELLED 1", "2026-11-17 CONFIRMED 1", "2026-11-17 PLACED 1",
					"2026-11-18 DELIVERED 1");
		assertThat(this.fixture.rows("select day, sku, quantity, revenue from sales_day_product order by day, sku"))
			.extracting((r) -> r.get("day") + " " + r.get("sku") + " " + r.get("quantity") + " " + r.get("revenue"))
			.containsExactly("2026-11-17 SKU-A 3 1500.00", "2026-11-17 SKU-B 4 2000.00", "2026-11-18 SKU-A 2 1000.00");
		// The stats read the summary for closed days now, and say exactly what they
		// computed live before.
		this.jdbc.sql("update orders set status = 'PLACED'").update();
		assertThat(this.orders.stats(D1, YESTERDAY)).isEqualTo(live);
	}

	@Test
	void aClosedDayWithoutASummaryIsComputedLiveAndTodayIsAlwaysLive() {
		knownOrders();
		this.runner.execute(List.of("daily-sales-summary", "from=" + D2, "to=" + D2));
		this.fixture.order(LocalDate.of(2026, 11, 20), 9, "PLACED", "700.00", Map.of("SKU-C", 1));

		var stats = this.orders.stats(D1, LocalDate.of(2026, 11, 20));

		assertThat(stats.days()).extracting((d) -> d.day() + " " + d.orders() + " " + d.revenue())
			.containsExactly("2026-11-17 2 3500.00", "2026-11-18 1 1000.00", "2026-11-19 0 0.00",
					"2026-11-20 1 700.00");
		assertThat(stats.countsByStatus()).containsEntry(OrderStatus.PLACED, 2L)
			.containsEntry(OrderStatus.DELIVERED, 1L)
			.containsEntry(OrderStatus.CANCELLED, 1L);
	}

	@Test
	void recomputingARangeNeverCountsTwiceAndOrdersChangedLaterAreCaughtByTheNextRun() {
		List<UUID> ids = knownOrders();
		this.runner.execute(List.of("daily-sales-summary", "from=" + D1, "to=" + D2));
		this.runner.execute(List.of("daily-sales-summary", "from=" + D1, "to=" + D2, "run=2"));
		assertThat(this.fixture.rows(SUMMARY)).hasSize(2);
		assertThat(revenueOf(D1)).isEqualTo("3500.00");

		// An order of D1 is cancelled after D1 was summarised: the summary lags until the
		// next run ...
		this.fixture.changeStatus(ids.getFirst(), "CANCELLED", TestClockConfiguration.START);
		assertThat(revenueOf(D1)).isEqualTo("3500.00");
		// ... which summarises yesterday and, with it, the day whose orders changed.
		assertThat(this.runner.execute(List.of("daily-sales-summary"))).isZero();
		assertThat(revenueOf(D1)).isEqualTo("2000.00");
		assertThat(this.orders.stats(D1, D1).countsByStatus()).containsEntry(OrderStatus.CANCELLED, 2L);
	}

	@Test
	void theSecondIdenticalRunChangesNothingAndSaysWhenTheFirstCompleted(CapturedOutput output) {
		knownOrders();
		assertThat(this.runner.execute(List.of("daily-sales-summary", "from=" + D1, "to=" + D2))).isZero();
		var first = this.fixture.rows("select day, summarised_at from sales_day order by day");
		this.clock.advance(Duration.ofMinutes(5));

		int exit = this.runner.execute(List.of("daily-sales-summary", "to=" + D2, "from=" + D1));

		assertThat(exit).isZero();
		assertThat(output).contains("daily-sales-summary (from=2026-11-17 to=2026-11-18) already completed at");
		assertThat(this.fixture.rows("select day, summarised_at from sales_day order by day")).isEqualTo(first);
		assertThat(this.jdbc.sql("select count(*) from batch_job_execution").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badParametersAreRefusedBeforeAnythingRuns(CapturedOutput output) {
		assertThat(this.runner.execute(List.of("daily-sales-summary", "to=2026-11-20"))).isEqualTo(BatchRunner.USAGE);
		assertThat(output).contains("to=2026-11-20 has not closed yet: the last closed business day is 2026-11-19");
		assertThat(this.runner.execute(List.of("daily-sales-summary", "from=2026-11-18", "to=2026-11-17")))
			.isEqualTo(BatchRunner.USAGE);
		assertThat(this.runner.execute(List.of("daily-sales-summary", "day=2026-11-17"))).isEqualTo(BatchRunner.USAGE);
		assertThat(output).contains("daily-sales-summary does not take day");
		assertThat(this.runner.execute(List.of("daily-sales-summary", "from=yesterday"))).isEqualTo(BatchRunner.USAGE);
		assertThat(this.runner.execute(List.of("monthly-statements"))).isEqualTo(BatchRunner.USAGE);
		assertThat(output)
			.contains("No job 'monthly-statements' here; jobs: daily-sales-summary," + " purge-idempotency-records");
		assertThat(this.jdbc.sql("select count(*) from batch_job_execution").query(Long.class).single()).isZero();
	}

	@Test
	void aRunFailedPartWayThenRestartedEndsExactlyAsAnUninterruptedRun(CapturedOutput output) {
		knownOrders();
		for (int day = 1; day <= 16; day++) {
			this.fixture.order(LocalDate.of(2026, 11, day), 12, "DELIVERED", "100.00", Map.of("SKU-D", day));
		}
		// The database refuses the summary of 11-12, the second chunk's: the first chunk
		// (7 days) stays.
		RefusedRows day = RefusedRows.refuse(this.jdbc, "insert", "sales_day", "new.day = date '2026-11-12'",
				"disk full (test)");

		assertThat(this.runner.execute(List.of("daily-sales-summary", "from=2026-11-01", "to=" + YESTERDAY)))
			.isEqualTo(BatchRunner.NOT_COMPLETED);
		assertThat(output).contains("disk full (test)").contains("--restart daily-sales-summary");
		assertThat(this.fixture.rows(SUMMARY)).hasSize(7);

		day.lift();
		assertThat(this.runner.execute(List.of("--restart"))).isZero();
		var restarted = List.of(this.fixture.rows(SUMMARY), this.fixture.rows(STATUSES), this.fixture.rows(PRODUCTS));

		this.jdbc.sql("delete from sales_day").update();
		assertThat(this.runner.execute(List.of("daily-sales-summary", "from=2026-11-01", "to=" + YESTERDAY, "run=2")))
			.isZero();
		var uninterrupted = List.of(this.fixture.rows(SUMMARY), this.fixture.rows(STATUSES),
				this.fixture.rows(PRODUCTS));
		assertThat(restarted.get(0)).hasSize(19);
		assertThat(withoutTimes(restarted)).isEqualTo(withoutTimes(uninterrupted));
	}

	@Test
	void anExecutionAKillLeftStartedIsRecoveredOnlyOnceItsHeartbeatIsOld(CapturedOutput output) {
		knownOrders();
		var parameters = new JobParametersBuilder().addString("from", D1.toString())
			.addString("to", D1.toString())
			.toJobParameters();
		JobInstance instance = this.jobs.createJobInstance("daily-sales-summary", parameters);
		JobExecution killed = this.jobs.createJobExecution(instance, parameters, new ExecutionContext());
		killed.setStatus(BatchStatus.STARTED);
		killed.setStartTime(java.time.LocalDateTime.now());
		this.jobs.update(killed);
		this.jdbc.sql("insert into batch_heartbeat (job_execution_id, beat_at) values (:id, :at)")
			.param("id", killed.getId())
			.param("at", TestClockConfiguration.START.atOffset(java.time.ZoneOffset.UTC))
			.update();

		this.clock.advance(Duration.ofSeconds(90));
		assertThat(this.runner.execute(List.of("daily-sales-summary", "from=" + D1, "to=" + D1)))
			.isEqualTo(BatchRunner.RUNNING_ELSEWHERE);
		assertThat(output).contains("is running (execution " + killed.getId() + ", last heartbeat 1 min 30 s ago)");
		assertThat(this.jobs.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);

		this.clock.advance(Duration.ofSeconds(60));
		assertThat(this.runner.execute(List.of("--restart", "daily-sales-summary"))).isZero();
		assertThat(output).contains("was left STARTED with no heartbeat for 2 min 30 s: marking it failed");
		assertThat(this.jobs.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(revenueOf(D1)).isEqualTo("3500.00");
	}

	@Test
	void listShowsRecentExecutionsWithTheirCounts(CapturedOutput output) {
		knownOrders();
		this.runner.execute(List.of("daily-sales-summary", "from=" + D1, "to=" + YESTERDAY));

		assertThat(this.runner.execute(List.of("--list"))).isZero();

		assertThat(output).containsPattern(
				"daily-sales-summary\\s+COMPLETED\\s+\\S+ \\S+\\s+\\S+ \\S+\\s+3\\s+3\\s+0\\s+[0-9.]+\\s+from=2026-11-17"
						+ " to=2026-11-19");
	}

	private List<UUID> knownOrders() {
		UUID placed = this.fixture.order(D1, 9, "PLACED", "500.00", Map.of("SKU-A", 3));
		this.fixture.order(D1, 23, "CONFIRMED", "500.00", Map.of("SKU-B", 4));
		this.fixture.order(D1, 12, "CANCELLED", "500.00", Map.of("SKU-A", 10));
		// Midnight in Seoul on D2 is still D1 in UTC: the business day decides.
		this.fixture.order(D2, 0, "DELIVERED", "500.00", Map.of("SKU-A", 2));
		return List.of(placed);
	}

	private String revenueOf(LocalDate day) {
		return this.jdbc.sql("select revenue from sales_day where day = :day")
			.param("day", day)
			.query(String.class)
			.single();
	}

	private static List<List<Map<String, Object>>> withoutTimes(List<List<Map<String, Object>>> tables) {
		return tables.stream().map((rows) -> rows.stream().map((row) -> {
			var copy = new java.util.TreeMap<>(row);
			copy.remove("summarised_at");
			return (Map<String, Object>) copy;
		}).toList()).toList();
	}

}
