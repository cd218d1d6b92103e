package com.example.shop.bff.jobs;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * What the BFF needs from one domain's backend about its batch: each backend owns its
 * database and serves its own batch history read-only. Implemented in
 * {@code bff.backend}, once per domain.
 */
public interface JobsBackend {

	/** {@code orders}, {@code catalog} or {@code billing}. */
	String domain();

	/** The most recent executions, newest first. */
	Mono<List<JobExecution>> recent(int size);

	/**
	 * A finished execution's report; a {@code BackendNotFound} when it has none.
	 */
	Mono<JobReport> report(long executionId);

}
