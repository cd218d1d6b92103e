package com.example.shop.batch.support;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionMessageTests {

	private final CompletionMessage listener = new CompletionMessage(
			(execution) -> "Written to " + execution.getExecutionContext().getString("output", "?"));

	@Test
	void aCompletedRunEndsWithTheMessageMadeFromItsContext() {
		JobExecution execution = execution(ExitStatus.COMPLETED);
		execution.getExecutionContext().putString("output", "/statements/2026-11");

		this.listener.afterJob(execution);

		assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
		assertThat(execution.getExitStatus().getExitDescription()).isEqualTo("Written to /statements/2026-11");
	}

	@Test
	void aFailedRunKeepsWhyItFailed() {
		JobExecution execution = execution(ExitStatus.FAILED.addExitDescription("disk full"));

		this.listener.afterJob(execution);

		assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
		assertThat(execution.getExitStatus().getExitDescription()).isEqualTo("disk full");
	}

	private static JobExecution execution(ExitStatus exit) {
		JobExecution execution = new JobExecution(7, new JobInstance(3, "monthly-statements"), new JobParameters());
		execution.setExitStatus(exit);
		return execution;
	}

}
