package com.example.shop.billing.batch.statements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import com.example.shop.batch.support.AtomicFiles;
import com.example.shop.batch.support.CompletionMessage;
import com.example.shop.batch.support.ExecutionSummary;
import com.example.shop.batch.support.JobParameterDefaults;
import com.example.shop.batch.support.KeysetReader;
import com.example.shop.billing.customer.CustomerService;
import com.example.shop.support.BusinessClock;
import com.example.shop.billing.statement.CustomerStatement;
import com.example.shop.billing.statement.StatementCsv;
import com.example.shop.billing.statement.StatementRuns;
import com.example.shop.billing.statement.StatementService;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code monthly-statements}: one statement per customer for a month (default: last month
 * in the business zone), computed by billing-core's {@link StatementService} (the
 * calculation the billing API serves) and written as CSV ({@link StatementCsv}), one file
 * per customer with activity or a balance, into {@code
 *
<dir>
 * /<yyyy-MM>/}, then the month's summary. Each statement is also stored with the run
 * ({@link StatementRuns}), so a restart overwrites rather than adds, the summary is built
 * from what the run stored, and the billing service serves the run's files for download.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyStatementsJobConfiguration {

	static final String JOB = "monthly-statements";

	@Bean
	Job monthlyStatements(JobRepository repository, PlatformTransactionManager transactions,
			KeysetReader<UUID> customerIds, ItemProcessor<UUID, CustomerStatement> statementProcessor,
			ItemWriter<CustomerStatement> statementWriter, StatementRuns runs, StatementSettings settings,
			BusinessClock business) {
		var statements = new StepBuilder("write-statements", repository).<UUID, CustomerStatement>chunk(20)
			.transactionManager(transactions)
			.reader(customerIds)
			.processor(statementProcessor)
			.writer(statementWriter)
			.build();
		var summary = new StepBuilder("write-summary", repository).tasklet((contribution, context) -> {
			StepExecution step = context.getStepContext().getStepExecution();
			long run = step.getJobExecution().getJobInstance().getInstanceId();
			YearMonth month = YearMonth.parse(step.getJobParameters().getString("month"));
			var figures = runs.figures(run);
			String csv = StatementCsv.summary(business.currency().getCurrencyCode(), figures);
			Path folder = folder(settings, step);
			write(folder.resolve(StatementCsv.summaryFileName(month.atDay(1), month.atEndOfMonth())), csv);
			step.getExecutionContext().putLong(ExecutionSummary.COUNT_PREFIX + "statements", figures.size());
			step.getJobExecution().getExecutionContext().putString("output", folder.toAbsolutePath().toString());
			return RepeatStatus.FINISHED;
		}, transactions).build();
		return new JobBuilder(JOB, repository).start(statements)
			.next(summary)
			.listener(new CompletionMessage((execution) -> "Statements and their summary in "
					+ execution.getExecutionContext().getString("output", "?")))
			.build();
	}

	@Bean
	@StepScope
	KeysetReader<UUID> customerIds(CustomerService customers) {
		return new KeysetReader<>("customers", customers::idsAfter, 200, UUID::fromString);
	}

	@Bean
	@StepScope
	ItemProcessor<UUID, CustomerStatement> statementProcessor(@Value("#{jobParameters['month']}") String month,
			StatementService statements) {
		return new StatementProcessor(statements, YearMonth.parse(month));
	}

	@Bean
	@StepScope
	ItemWriter<CustomerStatement> statementWriter(@Value("#{stepExecution}") StepExecution step, StatementRuns runs,
			StatementSettings settings) {
		return new StatementWriter(runs, step, folder(settings, step));
	}

	@Bean
	JobParameterDefaults monthlyStatementsDefaults(BusinessClock business) {
		return JobParameterDefaults.of(JOB, (given) -> {
			JobParameterDefaults.onlyKnown(given, JOB, "month");
			YearMonth thisMonth = YearMonth.from(business.today());
			YearMonth month = JobParameterDefaults.month(given, "month", thisMonth.minusMonths(1));
			if (!month.isBefore(thisMonth)) {
				throw new IllegalArgumentException("month=%s has not closed yet; the last closed month is %s"
					.formatted(month, thisMonth.minusMonths(1)));
			}
			return Map.of("month", month.toString());
		});
	}

	/**
	 * {@code
	 *
	<dir>
	 * /<yyyy-MM>}, or {@code
	 *
	<dir>
	 * /<yyyy-MM>-run<n>} for a recomputation.
	 */
	static Path folder(StatementSettings settings, StepExecution step) {
		String month = step.getJobParameters().getString("month");
		Long run = step.getJobParameters().getLong("run");
		return settings.dir().resolve((run != null) ? month + "-run" + run : month);
	}

	static void write(Path file, String csv) {
		AtomicFiles.write(file, (out) -> out.write(csv));
	}

	/**
	 * A customer's statement for the month, or nothing for a customer with nothing to
	 * tell.
	 */
	record StatementProcessor(StatementService statements, YearMonth month)
			implements
				org.springframework.batch.infrastructure.item.ItemProcessor<UUID, CustomerStatement> {

		@Override
		public CustomerStatement process(UUID customerId) {
			LocalDate from = this.month.atDay(1);
			CustomerStatement statement = this.statements.statement(customerId, from, this.month.atEndOfMonth());
			return statement.isEmpty() ? null : statement;
		}

	}

	/**
	 * Writes each statement's file and stores it with the run, in the chunk's
	 * transaction.
	 */
	record StatementWriter(StatementRuns runs, StepExecution step,
			Path folder) implements ItemWriter<CustomerStatement> {

		@Override
		public void write(Chunk<? extends CustomerStatement> chunk) {
			long run = this.step.getJobExecution().getJobInstance().getInstanceId();
			for (CustomerStatement statement : chunk) {
				String csv = StatementCsv.statement(statement);
				this.runs.store(run, statement, csv);
				MonthlyStatementsJobConfiguration.write(this.folder.resolve(StatementCsv.fileName(statement)), csv);
			}
		}

	}

}
