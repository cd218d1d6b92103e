package com.example.shop.bff.jobs;

import java.util.List;

import com.example.shop.bff.Part;

/**
 * Each domain's recent batch executions, newest first, each domain possibly unavailable
 * on its own: the Jobs view.
 *
 * @param orders orders-batch's
 * @param catalog catalog-batch's
 * @param billing billing-batch's
 */
public record JobsOverview(Part<List<JobExecution>> orders, Part<List<JobExecution>> catalog,
		Part<List<JobExecution>> billing) {

	/** Whether any available domain has an execution still running. */
	public boolean anyRunning() {
		return List.of(this.orders, this.catalog, this.billing)
			.stream()
			.flatMap((part) -> part.orElse(List.of()).stream())
			.anyMatch(JobExecution::running);
	}

}
