package com.example.shop.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run against one API found, with the seed that reproduces it. The report counts
 * answers by status so a reader sees what the requests met.
 */
final class Findings {

	/** No answer, refusal or not, may take longer than this. */
	static final Duration ANSWER_BOUND = Duration.ofSeconds(2);

	private final Api api;

	private final long seed;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Integer> answers = new TreeMap<>();

	private int sent;

	private Duration slowest = Duration.ZERO;

	Findings(Api api, long seed) {
		this.api = api;
		this.seed = seed;
	}

	void count(String answer, Duration took) {
		this.sent++;
		this.answers.merge(answer, 1, Integer::sum);
		if (took.compareTo(this.slowest) > 0) {
			this.slowest = took;
		}
	}

	void add(int index, String request, String problem) {
		if (this.problems.size() < 50) {
			this.problems.add("#%d %s: %s".formatted(index, problem, request));
		}
	}

	List<String> problems() {
		return this.problems;
	}

	int sent() {
		return this.sent;
	}

	Map<String, Integer> answers() {
		return this.answers;
	}

	String summary() {
		return "%s: %d requests with seed %d, slowest %d ms, answers %s".formatted(this.api, this.sent, this.seed,
				this.slowest.toMillis(), this.answers);
	}

	/**
	 * What a failing test says: every problem, and how to run exactly these requests
	 * again.
	 */
	String report() {
		return summary() + "\n  " + String.join("\n  ", this.problems) + "\nReproduce with -Dfuzz.seed=" + this.seed
				+ " (and -Dfuzz.requests=" + this.sent + ")";
	}

}
