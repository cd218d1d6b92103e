package com.example.shop.bff.backend;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;

import com.example.shop.bff.jobs.JobExecution;
import com.example.shop.bff.jobs.JobReport;
import com.example.shop.bff.jobs.JobsBackend;
import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.DownloadJobReportRequest;
import com.example.shop.catalog.v1.JobReportChunk;
import com.example.shop.catalog.v1.ListJobExecutionsRequest;
import reactor.core.publisher.Mono;

/**
 * The catalog's batch history over gRPC, through the catalog's {@link BackendCalls} (its
 * circuit breaker). A report arrives as a stream of chunks, joined here.
 */
final class CatalogJobs implements JobsBackend {

	private final CatalogServiceGrpc.CatalogServiceStub stub;

	private final BackendCalls calls;

	CatalogJobs(ManagedChannel channel, BackendCalls calls) {
		this.stub = CatalogServiceGrpc.newStub(channel).withWaitForReady();
		this.calls = calls;
	}

	@Override
	public String domain() {
		return "catalog";
	}

	@Override
	public Mono<List<JobExecution>> recent(int size) {
		return this.calls
			.read((timeout) -> GrpcReactor.unary(deadline(timeout)::listJobExecutions,
					ListJobExecutionsRequest.newBuilder().setPageSize(size).build()))
			.map((response) -> response.getExecutionsList()
				.stream()
				.map((e) -> new JobExecution(domain(), e.getId(), e.getJob(), e.getParametersMap(), e.getStatus(),
						e.hasStartedAt() ? instant(e.getStartedAt()) : null,
						e.hasEndedAt() ? instant(e.getEndedAt()) : null, e.getRead(), e.getWritten(), e.getSkipped(),
						e.getItemsPerSecond(), e.hasTotal() ? e.getTotal() : null, e.getMessage(), e.getHasReport()))
				.toList());
	}

	@Override
	public Mono<JobReport> report(long executionId) {
		return this.calls.read((timeout) -> GrpcReactor
			.serverStream(deadline(timeout)::downloadJobReport,
					DownloadJobReportRequest.newBuilder().setExecutionId(executionId).build())
			.collectList()
			.map(CatalogJobs::joined));
	}

	private static JobReport joined(List<JobReportChunk> chunks) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		chunks.forEach((chunk) -> content.writeBytes(chunk.getData().toByteArray()));
		JobReportChunk first = chunks.isEmpty() ? JobReportChunk.getDefaultInstance() : chunks.getFirst();
		return new JobReport(first.getFileName().isEmpty() ? "rejects.csv" : first.getFileName(),
				first.getContentType().isEmpty() ? "text/csv" : first.getContentType(), content.toByteArray());
	}

	private CatalogServiceGrpc.CatalogServiceStub deadline(java.time.Duration timeout) {
		return this.stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

}
