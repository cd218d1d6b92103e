package com.example.shop.billing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.example.shop.billing.statement.StatementCsv;
import com.example.shop.billing.statement.StatementRuns;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.batch.BatchExecution;
import com.example.shop.support.batch.BatchHistoryController;
import com.example.shop.support.batch.JdbcJobHistory;
import com.example.shop.support.domain.DomainRefusal;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The billing batch's history, read-only, as every backend serves it (its jobs are named
 * in {@code application.yaml}), and a finished statements run's files.
 */
@RestController
class BillingBatchHistoryController extends BatchHistoryController {

	static final String STATEMENTS = "monthly-statements";

	private final JdbcJobHistory history;

	private final StatementRuns runs;

	private final BusinessClock business;

	BillingBatchHistoryController(JdbcJobHistory history, StatementRuns runs, BusinessClock business) {
		super(history);
		this.history = history;
		this.runs = runs;
		this.business = business;
	}

	@GetMapping(path = PATH + "/{id}/report", produces = "application/zip")
	@Operation(summary = "A finished statements run's files",
			description = "A ZIP of every customer's statement (CSV) and the run's summary, as the run wrote them.")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		BatchExecution execution = execution(id);
		if (!execution.hasReport()) {
			throw new DomainRefusal.NotFound("Report of batch execution", id);
		}
		long run = this.history.runOf(id).orElseThrow();
		YearMonth month = YearMonth.parse(execution.parameters().get("month"));
		List<StatementRuns.File> files = this.runs.files(run);
		String summary = StatementCsv.summary(this.business.currency().getCurrencyCode(), this.runs.figures(run));
		String name = "statements_" + month + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(zip(files, StatementCsv.summaryFileName(month.atDay(1), month.atEndOfMonth()), summary));
	}

	private static byte[] zip(List<StatementRuns.File> files, String summaryName, String summary) {
		var bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (StatementRuns.File file : files) {
				zip.putNextEntry(new ZipEntry(file.name()));
				zip.write(StatementCsv.bytes(file.content()));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(summaryName));
			zip.write(StatementCsv.bytes(summary));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	@Configuration(proxyBeanMethods = false)
	static class History {

		/** A completed statements run has files to download; nothing else here does. */
		@Bean
		JdbcJobHistory jobHistory(JdbcClient jdbc, Clock clock) {
			return new JdbcJobHistory(jdbc, clock,
					(job, status) -> STATEMENTS.equals(job) && "COMPLETED".equals(status));
		}

	}

}
