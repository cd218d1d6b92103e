package com.example.shop.support.batch;

import java.util.List;

import com.example.shop.support.domain.DomainRefusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A domain's batch history, read-only, as every REST backend with a batch application
 * serves it. The service extends it in its web package (a {@code @RestController} over
 * its {@link JdbcJobHistory}, which knows which executions have a report, and where a
 * report is downloaded) and names its jobs in the list's description, the property
 * {@value #DESCRIPTION}.
 */
@Tag(name = "batch")
public abstract class BatchHistoryController {

	/** Where the history is served. */
	public static final String PATH = "/api/v1/batch/executions";

	/** The property that describes the service's list of executions in its contract. */
	public static final String DESCRIPTION = "app.batch.history-description";

	private final JdbcJobHistory history;

	/**
	 * @param history the domain's job repository, read
	 */
	protected BatchHistoryController(JdbcJobHistory history) {
		this.history = history;
	}

	/**
	 * The most recent executions, newest first.
	 * @param size how many, 1..100
	 * @return the executions
	 */
	@GetMapping(PATH)
	@Operation(summary = "Recent batch executions", description = "${" + DESCRIPTION + "}")
	public List<BatchExecution> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.history.recent(size);
	}

	/**
	 * One execution.
	 * @param id the execution's id
	 * @return the execution
	 * @throws DomainRefusal.NotFound when there is none with that id
	 */
	@GetMapping(PATH + "/{id}")
	@Operation(summary = "One batch execution")
	public BatchExecution execution(@PathVariable long id) {
		return this.history.find(id).orElseThrow(() -> new DomainRefusal.NotFound("Batch execution", id));
	}

}
