package com.example.shop.bff.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The three domains' batch histories side by side, fetched in parallel; a domain that
 * cannot answer is marked unavailable and the others still come. Admins only (the role
 * matrix: batch jobs, read history, download reports).
 */
@Service
public class JobsService {

	/** Executions per domain, unless asked otherwise. */
	public static final int DEFAULT_SIZE = 20;

	private final Map<String, JobsBackend> backends;

	JobsService(List<JobsBackend> backends) {
		this.backends = backends.stream().collect(Collectors.toMap(JobsBackend::domain, Function.identity()));
	}

	/** Every domain's recent executions. */
	@PreAuthorize(Roles.ONLY_ADMIN)
	public Mono<JobsOverview> overview(int size) {
		return Mono.zip(part("orders", size), part("catalog", size), part("billing", size))
			.map((parts) -> new JobsOverview(parts.getT1(), parts.getT2(), parts.getT3()));
	}

	/**
	 * A finished execution's report (an import's rejects, a month's statements).
	 * @param domain the domain that ran it
	 */
	@PreAuthorize(Roles.ONLY_ADMIN)
	public Mono<JobReport> report(String domain, long executionId) {
		JobsBackend backend = this.backends.get(domain);
		if (backend == null) {
			return Mono.error(new BackendNotFound(domain, "No batch of a domain called " + domain, null));
		}
		return backend.report(executionId);
	}

	private Mono<Part<List<JobExecution>>> part(String domain, int size) {
		JobsBackend backend = this.backends.get(domain);
		if (backend == null) {
			return Mono.just(Part.unavailable(domain, domain + " has no batch history here"));
		}
		return Part.of(backend.recent(size));
	}

}
