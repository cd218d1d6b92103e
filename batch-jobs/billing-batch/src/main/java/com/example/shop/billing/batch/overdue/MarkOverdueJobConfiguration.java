package com.example.shop.billing.batch.overdue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.example.shop.batch.support.ExecutionSummary;
import com.example.shop.batch.support.JobParameterDefaults;
import com.example.shop.batch.support.KeysetReader;
import com.example.shop.billing.invoice.InvoiceService;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code mark-overdue}: persists OVERDUE for every invoice still open at the end of
 * business day {@code day} (default yesterday) whose due date has passed by then, one
 * invoice at a time through billing-core's {@link InvoiceService#markOverdue} (the
 * invoice's lock, its rule, its version and {@code updatedAt}). An invoice paid or voided
 * between being found and being marked is left as it is and counted as unchanged.
 */
@Configuration(proxyBeanMethods = false)
class MarkOverdueJobConfiguration {

	static final String JOB = "mark-overdue";

	@Bean
	Job markOverdue(JobRepository repository, PlatformTransactionManager transactions,
			KeysetReader<UUID> overdueInvoices, ItemWriter<UUID> overdueWriter) {
		var mark = new StepBuilder("mark-invoices", repository).<UUID, UUID>chunk(100)
			.transactionManager(transactions)
			.reader(overdueInvoices)
			.writer(overdueWriter)
			.build();
		return new JobBuilder(JOB, repository).start(mark).build();
	}

	@Bean
	@StepScope
	KeysetReader<UUID> overdueInvoices(@Value("#{jobParameters['day']}") String day, InvoiceService invoices) {
		LocalDate overdueOn = LocalDate.parse(day).plusDays(1);
		return new KeysetReader<>("invoices", (after, limit) -> invoices.overdueButOpen(overdueOn, after, limit), 500,
				UUID::fromString);
	}

	@Bean
	@StepScope
	ItemWriter<UUID> overdueWriter(@Value("#{jobParameters['day']}") String day,
			@Value("#{stepExecution}") StepExecution step, InvoiceService invoices) {
		return new OverdueWriter(invoices, LocalDate.parse(day).plusDays(1), step);
	}

	@Bean
	JobParameterDefaults markOverdueDefaults(InvoiceService invoices) {
		return JobParameterDefaults.of(JOB, (given) -> {
			JobParameterDefaults.onlyKnown(given, JOB, "day");
			LocalDate yesterday = invoices.today().minusDays(1);
			LocalDate day = JobParameterDefaults.day(given, "day", yesterday);
			if (day.isAfter(yesterday)) {
				throw new IllegalArgumentException(("day=%s has not closed yet: invoices are overdue after a day"
						+ " ends; the last closed business day is %s")
					.formatted(day, yesterday));
			}
			return Map.of("day", day.toString());
		});
	}

	/**
	 * Marks each invoice through the core; counts what changed and what no longer
	 * qualified.
	 */
	static final class OverdueWriter implements ItemWriter<UUID> {

		private final InvoiceService invoices;

		private final LocalDate overdueOn;

		private final StepExecution step;

		OverdueWriter(InvoiceService invoices, LocalDate overdueOn, StepExecution step) {
			this.invoices = invoices;
			this.overdueOn = overdueOn;
			this.step = step;
		}

		@Override
		public void write(org.springframework.batch.infrastructure.item.Chunk<? extends UUID> chunk) {
			long marked = 0;
			for (UUID id : chunk) {
				if (this.invoices.markOverdue(id, this.overdueOn)) {
					marked++;
				}
			}
			var context = this.step.getExecutionContext();
			context.putLong(ExecutionSummary.COUNT_PREFIX + "marked",
					context.getLong(ExecutionSummary.COUNT_PREFIX + "marked", 0) + marked);
			context.putLong(ExecutionSummary.COUNT_PREFIX + "unchanged",
					context.getLong(ExecutionSummary.COUNT_PREFIX + "unchanged", 0) + chunk.size() - marked);
		}

	}

}
