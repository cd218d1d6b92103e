package com.example.shop.batch.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One job's parameters: what it accepts, what it takes by default (the scheduled run's
 * values: yesterday, last month, in the business zone) and how each is checked. The
 * runner calls it before anything runs, so a bad value is refused with a message and
 * never reaches the job. {@code run=<n>} is the runner's own (recompute on purpose) and
 * never reaches {@link #complete}.
 */
public interface JobParameterDefaults {

	/** The job these defaults belong to. */
	String job();

	/**
	 * The job's full, checked parameters.
	 * @param given what the command line named, without {@code run}
	 * @return every parameter of the job, defaults filled in, values normalised (so
	 * {@code day=2026-11-01} and a default of the same day are the same run)
	 * @throws IllegalArgumentException naming the bad or unknown parameter
	 */
	Map<String, String> complete(Map<String, String> given);

	/**
	 * A job's defaults from the function that completes its parameters.
	 * @param job the job
	 * @param complete see {@link #complete}
	 */
	static JobParameterDefaults of(String job, UnaryOperator<Map<String, String>> complete) {
		return new JobParameterDefaults() {
			@Override
			public String job() {
				return job;
			}

			@Override
			public Map<String, String> complete(Map<String, String> given) {
				return complete.apply(given);
			}
		};
	}

	/**
	 * Refuses a parameter this job does not know.
	 * @throws IllegalArgumentException naming it and the known ones
	 */
	static void onlyKnown(Map<String, String> given, String job, String... known) {
		Set<String> unknown = new TreeSet<>(given.keySet());
		unknown.removeAll(Set.of(known));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("%s does not take %s; it takes %s (and run=<n>)".formatted(job,
					String.join(", ", unknown), (known.length == 0) ? "nothing else" : String.join(", ", known)));
		}
	}

	/** A business day given as {@code yyyy-MM-dd}, or the default. */
	static LocalDate day(Map<String, String> given, String name, LocalDate fallback) {
		return parsed(given, name, fallback, LocalDate::parse, "a day (yyyy-MM-dd)");
	}

	/** A month given as {@code yyyy-MM}, or the default. */
	static YearMonth month(Map<String, String> given, String name, YearMonth fallback) {
		return parsed(given, name, fallback, YearMonth::parse, "a month (yyyy-MM)");
	}

	private static <T> T parsed(Map<String, String> given, String name, T fallback, Function<String, T> parse,
			String what) {
		String value = given.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return parse.apply(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("%s=%s is not %s".formatted(name, value, what));
		}
	}

	/** A whole number of at least {@code min}, or the default. */
	static long number(Map<String, String> given, String name, long fallback, long min) {
		String value = given.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			long number = Long.parseLong(value);
			if (number < min) {
				throw new IllegalArgumentException("%s must be at least %d".formatted(name, min));
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("%s=%s is not a whole number".formatted(name, value));
		}
	}

}
