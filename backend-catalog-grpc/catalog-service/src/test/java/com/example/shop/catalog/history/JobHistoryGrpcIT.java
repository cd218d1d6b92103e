package com.example.shop.catalog.history;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.bson.Document;

import com.example.shop.catalog.CatalogGrpcTest;
import com.example.shop.catalog.v1.DownloadJobReportRequest;
import com.example.shop.catalog.v1.JobExecution;
import com.example.shop.catalog.v1.JobReportChunk;
import com.example.shop.catalog.v1.ListJobExecutionsRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog batch's history and an import's rejects report over gRPC, read from the
 * documents Spring Batch's MongoDB job repository keeps (written here as catalog-batch
 * writes them: context keys with {@link JobHistory#KEY_DOT} for their dots).
 */
class JobHistoryGrpcIT extends CatalogGrpcTest {

	@Test
	void listsImportsNewestFirstWithTheirCountsAndProgressWhileRunning() {
		execution(1, "COMPLETED", new Date(1_000_000), new Date(1_010_000), 10, 10,
				Map.of("count" + JobHistory.KEY_DOT + "rejected", 3L, "count" + JobHistory.KEY_DOT + "inserted", 7L));
		execution(2, "STARTED", new Date(2_000_000), null, 4000, 4000,
				Map.of("progress" + JobHistory.KEY_DOT + "total", 200000L));

		List<JobExecution> executions = this.catalog.listJobExecutions(ListJobExecutionsRequest.getDefaultInstance())
			.getExecutionsList();

		assertThat(executions).extracting(JobExecution::getId).containsExactly(2L, 1L);
		JobExecution running = executions.get(0);
		assertThat(running.getStatus()).isEqualTo("STARTED");
		assertThat(running.hasEndedAt()).isFalse();
		assertThat(running.getTotal()).isEqualTo(200000);
		assertThat(running.getHasReport()).isFalse();
		JobExecution done = executions.get(1);
		assertThat(done.getJob()).isEqualTo("product-import");
		assertThat(done.getParametersMap()).containsEntry("file", "/data/in/products.csv");
		assertThat(done.getRead()).isEqualTo(10);
		assertThat(done.getSkipped()).isEqualTo(3);
		assertThat(done.getWritten()).isEqualTo(7);
		assertThat(done.getItemsPerSecond()).isEqualTo(1.0);
		assertThat(done.getMessage()).isEqualTo("read 10, inserted 7, rejected 3");
		assertThat(done.getHasReport()).isTrue();
		assertThat(done.hasTotal()).isFalse();
	}

	@Test
	void aFinishedImportsRejectsReportComesInChunksAndOthersAreNotFound() {
		execution(1, "COMPLETED", new Date(1_000_000), new Date(1_010_000), 3, 1, Map.of());
		this.mongo.insert(new Document("_id", "1:3").append("run", 1L)
			.append("line", 3L)
			.append("sku", "X-1")
			.append("reason", "price: must not be negative"), ImportRejects.COLLECTION);
		this.mongo.insert(new Document("_id", "1:2").append("run", 1L)
			.append("line", 2L)
			.append("sku", "X,2")
			.append("reason", "name: is required"), ImportRejects.COLLECTION);

		var chunks = this.catalog.downloadJobReport(DownloadJobReportRequest.newBuilder().setExecutionId(1).build());
		StringBuilder report = new StringBuilder();
		JobReportChunk first = null;
		while (chunks.hasNext()) {
			JobReportChunk chunk = chunks.next();
			first = (first != null) ? first : chunk;
			report.append(chunk.getData().toString(StandardCharsets.UTF_8));
		}

		assertThat(first.getFileName()).isEqualTo("products.csv.rejects.csv");
		assertThat(first.getContentType()).isEqualTo("text/csv");
		assertThat(report.toString())
			.isEqualTo("line,sku,reason\r\n2,\"X,2\",name: is required\r\n3,X-1,price: must not be negative\r\n");
		assertThatThrownBy(
				() -> this.catalog.downloadJobReport(DownloadJobReportRequest.newBuilder().setExecutionId(9).build())
					.hasNext())
			.isInstanceOfSatisfying(StatusRuntimeException.class,
					(ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
	}

	private void execution(long id, String status, Date start, Date end, long read, long written,
			Map<String, Object> context) {
		this.mongo.insert(new Document("jobInstanceId", id).append("jobName", "product-import"), "BATCH_JOB_INSTANCE");
		this.mongo.insert(
				new Document("jobExecutionId", id).append("jobInstanceId", id)
					.append("status", status)
					.append("startTime", start)
					.append("endTime", end)
					.append("jobParameters",
							List.of(new Document("name", "file").append("value", "/data/in/products.csv")
								.append("type", "java.lang.String")
								.append("identifying", true)))
					.append("exitStatus",
							new Document("exitCode", status).append("exitDescription",
									"COMPLETED".equals(status) ? "read 10, inserted 7, rejected 3\nmore" : "")),
				"BATCH_JOB_EXECUTION");
		this.mongo.insert(
				new Document("stepExecutionId", id).append("jobExecutionId", id)
					.append("name", "import-rows")
					.append("status", status)
					.append("readCount", read)
					.append("writeCount", written)
					.append("executionContext", new Document("map", new Document(context)).append("dirty", false)),
				"BATCH_STEP_EXECUTION");
	}

}
