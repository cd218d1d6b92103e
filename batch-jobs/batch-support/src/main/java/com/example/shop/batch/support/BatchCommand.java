package com.example.shop.batch.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch application was asked to do on its command line: the same arguments for
 * {@code ./run-batch.sh DOMAIN ...} and for the image's entrypoint.
 *
 * <pre>
 * JOB [name=value ...]   run a job (idempotent by its parameters)
 * --restart [JOB]        restart the last failed or interrupted execution
 * --list                 recent executions with their counts
 * </pre>
 */
public sealed interface BatchCommand {

	/** The usage line, without the program name. */
	String USAGE = "JOB [name=value ...] | --restart [JOB] | --list";

	/**
	 * Reads the arguments; Spring Boot's own {@code --property=value} options are left
	 * out.
	 * @param args the command line
	 * @return the command
	 * @throws IllegalArgumentException with a message for the user
	 */
	static BatchCommand parse(List<String> args) {
		List<String> words = args.stream().filter((arg) -> !isBootProperty(arg)).toList();
		if (words.isEmpty()) {
			throw new IllegalArgumentException("Name a job: " + USAGE);
		}
		String first = words.getFirst();
		if (first.equals("--list")) {
			if (words.size() > 1) {
				throw new IllegalArgumentException("--list takes no arguments");
			}
			return new ListExecutions();
		}
		if (first.equals("--restart")) {
			if (words.size() > 2) {
				throw new IllegalArgumentException("--restart takes at most a job name");
			}
			return new Restart((words.size() == 2) ? words.get(1) : null);
		}
		if (first.startsWith("-") || first.contains("=")) {
			throw new IllegalArgumentException("'" + first + "' is not a job name: " + USAGE);
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String word : words.subList(1, words.size())) {
			int equals = word.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("'" + word + "' is not name=value");
			}
			String name = word.substring(0, equals);
			if (parameters.put(name, word.substring(equals + 1)) != null) {
				throw new IllegalArgumentException("'" + name + "' is given twice");
			}
		}
		return new Run(first, parameters);
	}

	/** {@code --spring.datasource.url=...} and the like are Spring Boot's, not ours. */
	private static boolean isBootProperty(String arg) {
		return arg.startsWith("--") && arg.contains("=");
	}

	/**
	 * Run a job with these parameters; the job's defaults fill the rest.
	 *
	 * @param job the job's name
	 * @param parameters the parameters given, in order
	 */
	record Run(String job, Map<String, String> parameters) implements BatchCommand {

		public Run {
			parameters = Map.copyOf(parameters);
		}

	}

	/**
	 * Restart the last failed or interrupted execution, of one job or of any.
	 *
	 * @param job the job's name, or {@code null} for any
	 */
	record Restart(String job) implements BatchCommand {
	}

	/** Show recent executions. */
	record ListExecutions() implements BatchCommand {
	}

}
