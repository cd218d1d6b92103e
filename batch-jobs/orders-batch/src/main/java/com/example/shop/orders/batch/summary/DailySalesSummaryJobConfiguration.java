package com.example.shop.orders.batch.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.example.shop.batch.support.JobParameterDefaults;
import com.example.shop.orders.sales.SalesSummaries;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code daily-sales-summary}: summarises business days {@code from}..{@code to}
 * (default: yesterday) into the summary tables, and with them every summarised day whose
 * orders changed since, a chunk of days at a time through orders-core's
 * {@link SalesSummaries} (set-based, from the calculation the stats make live). Storing a
 * day replaces what it had, so any range can be recomputed without double counting, and a
 * restart redoes at most one chunk.
 */
@Configuration(proxyBeanMethods = false)
class DailySalesSummaryJobConfiguration {

	static final String JOB = "daily-sales-summary";

	/** At most ten years at once. */
	static final int MAX_DAYS = 3660;

	@Bean
	Job dailySalesSummary(JobRepository repository, PlatformTransactionManager transactions, DaysReader days,
			SalesSummaries summaries, @Value("${app.batch.summary.days-per-chunk:31}") int daysPerChunk) {
		// A month of days per chunk (app.batch.summary.days-per-chunk), summarised in the
		// database with four set-based statements, in one transaction.
		var summarise = new StepBuilder("summarise-days", repository).<LocalDate, LocalDate>chunk(daysPerChunk)
			.transactionManager(transactions)
			.reader(days)
			.writer((chunk) -> summaries.summarise(chunk.getItems()))
			.build();
		return new JobBuilder(JOB, repository).start(summarise).build();
	}

	@Bean
	@StepScope
	DaysReader daysReader(@Value("#{jobParameters['from']}") String from, @Value("#{jobParameters['to']}") String to,
			SalesSummaries summaries) {
		return new DaysReader(LocalDate.parse(from), LocalDate.parse(to), summaries);
	}

	@Bean
	JobParameterDefaults dailySalesSummaryDefaults(SalesSummaries summaries) {
		return JobParameterDefaults.of(JOB, (given) -> {
			JobParameterDefaults.onlyKnown(given, JOB, "from", "to");
			LocalDate lastClosed = summaries.lastClosedDay();
			LocalDate to = JobParameterDefaults.day(given, "to",
					given.containsKey("from") ? JobParameterDefaults.day(given, "from", lastClosed) : lastClosed);
			LocalDate from = JobParameterDefaults.day(given, "from", to);
			if (to.isAfter(lastClosed)) {
				throw new IllegalArgumentException(
						"to=%s has not closed yet: the last closed business day is %s".formatted(to, lastClosed));
			}
			if (from.isAfter(to)) {
				throw new IllegalArgumentException("from=%s is after to=%s".formatted(from, to));
			}
			if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
				throw new IllegalArgumentException("from..to spans more than %d days".formatted(MAX_DAYS));
			}
			return Map.of("from", from.toString(), "to", to.toString());
		});
	}

}
