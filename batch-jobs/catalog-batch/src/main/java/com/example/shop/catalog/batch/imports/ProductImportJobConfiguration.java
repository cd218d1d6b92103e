package com.example.shop.catalog.batch.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.example.shop.batch.support.AtomicFiles;
import com.example.shop.batch.support.CompletionMessage;
import com.example.shop.batch.support.ExecutionSummary;
import com.example.shop.batch.support.JobParameterDefaults;
import com.example.shop.catalog.history.ImportRejects;
import com.example.shop.catalog.product.ProductImports;
import com.example.shop.catalog.product.StockReceipts;
import com.example.shop.catalog.stock.StockJournal;
import com.example.shop.support.BusinessClock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.transaction.PlatformTransactionManager;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * {@code product-import file=<path>}: upserts products by SKU from a CSV file, streaming
 * it chunk by chunk ({@link CsvRowReader}, {@link RowChecker}, {@link ImportWriter}),
 * then writes the rejects report beside the input ({@code <file>.rejects.csv}: line, SKU,
 * reason) and ends with its counts. The file's SHA-256 is a parameter too: the same file
 * again is the same run ("already completed"), a changed file is a new one, and its
 * received units are keyed by that digest and the line.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ProductImportJobConfiguration {

	static final String JOB = "product-import";

	@Bean
	Job productImport(JobRepository repository, PlatformTransactionManager transactions, CsvRowReader csvRows,
			ItemProcessor<CsvRow, ImportRow> rowChecker, ItemWriter<ImportRow> importWriter, ImportSettings settings,
			ImportRejects rejects, MongoTemplate mongo) {
		var rows = new StepBuilder("import-rows", repository).<CsvRow, ImportRow>chunk(settings.chunkSize())
			.transactionManager(transactions)
			.reader(csvRows)
			.processor(rowChecker)
			.writer(importWriter)
			.build();
		var writeReport = new StepBuilder("rejects-report", repository).tasklet((contribution, context) -> {
			StepExecution step = context.getStepContext().getStepExecution();
			long run = step.getJobExecution().getJobInstance().getInstanceId();
			Path report = reportOf(Path.of(step.getJobParameters().getString("file")));
			writeReport(rejects, run, report);
			mongo.remove(Query.query(where("_id").regex("^" + run + ":")), ImportWriter.CLAIMS);
			step.getJobExecution().getExecutionContext().putString("report", report.toString());
			return RepeatStatus.FINISHED;
		}, transactions).build();
		return new JobBuilder(JOB, repository).start(rows)
			.next(writeReport)
			.listener(new CompletionMessage(ProductImportJobConfiguration::completed))
			.build();
	}

	/**
	 * What a completed import says: its counts and where its rejects report is. The rows
	 * read are counted across a restart: where the reader stands (its count includes the
	 * read that found the end).
	 */
	private static String completed(JobExecution execution) {
		Map<String, Long> c = ExecutionSummary.of(execution).counts();
		long read = execution.getStepExecutions()
			.stream()
			.mapToLong(
					(s) -> (s.getExecutionContext().get("csv.read.count") instanceof Number n) ? n.longValue() - 1 : 0)
			.sum();
		return "read %d, inserted %d, updated %d, unchanged %d, rejected %d; received %d units; rejects report: %s"
			.formatted(read, c.getOrDefault("inserted", 0L), c.getOrDefault("updated", 0L),
					c.getOrDefault("unchanged", 0L), c.getOrDefault("rejected", 0L), c.getOrDefault("received", 0L),
					execution.getExecutionContext().getString("report", "?"));
	}

	@Bean
	@StepScope
	CsvRowReader csvRows(@Value("#{jobParameters['file']}") String file) {
		return new CsvRowReader(Path.of(file));
	}

	@Bean
	@StepScope
	ItemProcessor<CsvRow, ImportRow> rowChecker(CsvRowReader csvRows, ProductImports imports, BusinessClock business) {
		// The reader is opened before the first item is processed; its columns are known
		// by then.
		return new ItemProcessor<>() {

			private RowChecker checker;

			@Override
			public ImportRow process(CsvRow row) {
				if (this.checker == null) {
					this.checker = new RowChecker(imports, csvRows.columns(), imports.categoryCodes(),
							business.currency().getCurrencyCode());
				}
				return this.checker.process(row);
			}
		};
	}

	@Bean
	@StepScope
	ItemWriter<ImportRow> importWriter(@Value("#{stepExecution}") StepExecution step,
			@Value("#{jobParameters['file']}") String file, @Value("#{jobParameters['sha256']}") String sha256,
			MongoTemplate mongo, ProductImports imports, StockReceipts receipts, StockJournal journal,
			ImportRejects rejects) {
		return new ImportWriter(mongo, imports, receipts, journal, rejects, step, sha256,
				Path.of(file).getFileName().toString());
	}

	@Bean
	JobParameterDefaults productImportDefaults() {
		return JobParameterDefaults.of(JOB, (given) -> {
			JobParameterDefaults.onlyKnown(given, JOB, "file");
			String name = given.get("file");
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException(JOB + " needs file=<path of the CSV file>");
			}
			Path file = Path.of(name).toAbsolutePath().normalize();
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new IllegalArgumentException("file=" + file + " is not a readable file");
			}
			return Map.of("file", file.toString(), "sha256", sha256(file));
		});
	}

	/** Where the rejects report of an input file goes: beside it. */
	static Path reportOf(Path input) {
		return input.resolveSibling(input.getFileName() + ".rejects.csv");
	}

	private static void writeReport(ImportRejects rejects, long run, Path report) {
		AtomicFiles.write(report, (out) -> {
			out.write(ImportRejects.HEADER + "\r\n");
			rejects.forEach(run, (reject) -> {
				try {
					out.write(ImportRejects.csvLine(reject) + "\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		});
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
