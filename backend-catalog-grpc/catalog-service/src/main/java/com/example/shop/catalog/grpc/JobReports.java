package com.example.shop.catalog.grpc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

import com.google.protobuf.ByteString;

import com.example.shop.catalog.history.ImportRejects;
import com.example.shop.catalog.history.JobHistory;
import com.example.shop.catalog.v1.JobExecution;
import com.example.shop.catalog.v1.JobReportChunk;
import com.example.shop.catalog.v1.ListJobExecutionsResponse;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.stereotype.Component;

/**
 * The catalog batch's history and a finished import's rejects report, as messages: the
 * history from the job repository in the catalog database ({@link JobHistory}), the
 * report from the rejects the run stored ({@link ImportRejects}), streamed in chunks of
 * 64 KiB.
 */
@Component
record JobReports(JobHistory history, ImportRejects rejects, Clock clock) {

	static final int MAX_PAGE = 100;

	static final int CHUNK = 64 * 1024;

	static final String IMPORT = "product-import";

	ListJobExecutionsResponse recent(int pageSize) {
		if (pageSize < 0 || pageSize > MAX_PAGE) {
			throw new DomainRefusal.Invalid("page_size", "must be between 1 and %d".formatted(MAX_PAGE));
		}
		var response = ListJobExecutionsResponse.newBuilder();
		for (JobHistory.Execution e : this.history.recent((pageSize == 0) ? 20 : pageSize)) {
			var message = JobExecution.newBuilder()
				.setId(e.id())
				.setJob(e.job())
				.putAllParameters(e.parameters())
				.setStatus(e.status())
				.setRead(e.read())
				.setWritten(e.written())
				.setSkipped(e.skipped())
				.setItemsPerSecond(com.example.shop.support.batch.BatchExecution.rate(Math.max(e.read(), e.written()),
						e.startedAt(), e.endedAt(), this.clock.instant()))
				.setMessage(e.message())
				.setHasReport(hasReport(e));
			if (e.startedAt() != null) {
				message.setStartedAt(ProtoMapping.timestamp(e.startedAt()));
			}
			if (e.endedAt() != null) {
				message.setEndedAt(ProtoMapping.timestamp(e.endedAt()));
			}
			if (e.total() != null) {
				message.setTotal(e.total());
			}
			response.addExecutions(message);
		}
		return response.build();
	}

	/**
	 * Sends the rejects report of an import execution.
	 * @throws DomainRefusal.NotFound for an unknown execution or one without a report
	 */
	void report(long executionId, Consumer<JobReportChunk> send) {
		JobHistory.Execution execution = this.history.find(executionId)
			.filter(JobReports::hasReport)
			.orElseThrow(() -> new DomainRefusal.NotFound("Report of batch execution", executionId));
		String file = execution.parameters().getOrDefault("file", "products.csv");
		String name = file.substring(file.lastIndexOf('/') + 1) + ".rejects.csv";
		ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);
		boolean[] first = { true };
		Consumer<String> line = (text) -> {
			buffer.writeBytes((text + "\r\n").getBytes(StandardCharsets.UTF_8));
			if (buffer.size() >= CHUNK) {
				send.accept(chunk(buffer, name, first));
			}
		};
		line.accept(ImportRejects.HEADER);
		this.rejects.forEach(execution.instanceId(), (reject) -> line.accept(ImportRejects.csvLine(reject)));
		if (buffer.size() > 0 || first[0]) {
			send.accept(chunk(buffer, name, first));
		}
	}

	private static JobReportChunk chunk(ByteArrayOutputStream buffer, String name, boolean[] first) {
		var chunk = JobReportChunk.newBuilder().setData(ByteString.copyFrom(buffer.toByteArray()));
		if (first[0]) {
			chunk.setFileName(name).setContentType("text/csv");
			first[0] = false;
		}
		buffer.reset();
		return chunk.build();
	}

	private static boolean hasReport(JobHistory.Execution e) {
		return IMPORT.equals(e.job()) && "COMPLETED".equals(e.status());
	}

}
