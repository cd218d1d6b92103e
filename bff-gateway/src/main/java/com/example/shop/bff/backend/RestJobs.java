package com.example.shop.bff.backend;

import java.util.List;
import java.util.function.LongFunction;

import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.jobs.JobExecution;
import com.example.shop.bff.jobs.JobReport;
import com.example.shop.bff.jobs.JobsBackend;
import com.example.shop.support.batch.BatchExecution;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;

/**
 * A REST backend's batch history (orders, billing), through the same {@link BackendCalls}
 * (and so the same circuit breaker) as the rest of that backend.
 *
 * @param report the backend's report download, or null if its jobs have none
 */
record RestJobs(String domain, BatchHttp http, LongFunction<Mono<ResponseEntity<byte[]>>> report,
		BackendCalls calls) implements JobsBackend {

	@Override
	public Mono<List<JobExecution>> recent(int size) {
		return this.calls.read((timeout) -> this.http.recent(size))
			.map((list) -> list.stream().map(this::execution).toList());
	}

	@Override
	public Mono<JobReport> report(long executionId) {
		if (this.report == null) {
			return Mono.error(new BackendNotFound(this.domain, this.domain + "'s jobs have no reports", null));
		}
		return this.calls.read((timeout) -> this.report.apply(executionId))
			.map((response) -> Downloads.file(response, "report", "application/octet-stream", JobReport::new));
	}

	private JobExecution execution(BatchExecution e) {
		return new JobExecution(this.domain, e.id(), e.job(), e.parameters(), e.status(), e.startedAt(), e.endedAt(),
				e.read(), e.written(), e.skipped(), e.itemsPerSecond(), null, e.message(), e.hasReport());
	}

}
