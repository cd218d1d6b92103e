package com.example.shop.batch.support;

import java.util.function.Function;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Ends a job's completed run with one line saying what it made (where its files are, its
 * counts): the exit message the command line prints and the job history shows. A run that
 * ended otherwise keeps the exit message it has (why it failed or stopped).
 */
public final class CompletionMessage implements JobExecutionListener {

	private final Function<JobExecution, String> message;

	/**
	 * @param message the line, from the finished execution (its context holds what the
	 * steps put there)
	 */
	public CompletionMessage(Function<JobExecution, String> message) {
		this.message = message;
	}

	@Override
	public void afterJob(JobExecution execution) {
		String code = execution.getExitStatus().getExitCode();
		if (code.equals(ExitStatus.COMPLETED.getExitCode())) {
			execution.setExitStatus(new ExitStatus(code, this.message.apply(execution)));
		}
	}

}
