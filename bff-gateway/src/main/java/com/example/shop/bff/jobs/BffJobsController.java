package com.example.shop.bff.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "jobs")
record BffJobsController(JobsService jobs) {

	@GetMapping("/bff/v1/jobs")
	@Operation(summary = "Every domain's recent batch executions",
			description = "Orders', catalog's and billing's batch runs, newest first per domain, fetched in parallel; "
					+ "a domain that could not answer is {\"state\": \"unavailable\"} and the others still come. "
					+ "Admins only.")
	Mono<JobsOverview> jobs(@RequestParam(required = false) Integer size) {
		return this.jobs.overview((size != null) ? Math.clamp(size, 1, 100) : JobsService.DEFAULT_SIZE);
	}

	@GetMapping("/bff/v1/jobs/{domain}/{id}/report")
	@Operation(summary = "A finished execution's report",
			description = "An import's rejects report (CSV) or a statements run's files (ZIP). Admins only.")
	Mono<ResponseEntity<byte[]>> jobReport(@PathVariable @Size(max = 7) @Pattern(regexp = "[a-z]{1,7}") String domain,
			@PathVariable long id) {
		return this.jobs.report(domain, id)
			.map((report) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(report.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(report.fileName()).build().toString())
				.body(report.content()));
	}

}
