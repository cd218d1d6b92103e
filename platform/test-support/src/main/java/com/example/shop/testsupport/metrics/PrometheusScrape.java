package com.example.shop.testsupport.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.shop.testsupport.http.LoopbackHttp;

/**
 * One scrape of {@code /actuator/prometheus} (text format), read into samples: what a
 * test asserts the services export, by the names Prometheus sees
 * ({@code shop.orders.placed} is {@code shop_orders_placed_total}).
 * <p>
 * {@code k8s/monitoring/exported-metrics.txt} lists, per service, every metric name a
 * dashboard or alert rule uses; {@link #assertExportsEverythingListedFor} checks a live
 * scrape against it, and the k8s module checks the dashboards and rules against the same
 * list, so a renamed metric breaks a test on one side or the other.
 */
public final class PrometheusScrape {

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<Sample> samples;

	private PrometheusScrape(List<Sample> samples) {
		this.samples = samples;
	}

	/** Reads the Prometheus text exposition format (exemplars and timestamps ignored). */
	public static PrometheusScrape parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int brace = line.indexOf('{');
			int space = line.indexOf(' ');
			String name;
			Map<String, String> labels = new HashMap<>();
			String rest;
			if (brace >= 0 && brace < space) {
				name = line.substring(0, brace);
				int close = line.indexOf("} ", brace);
				Matcher matcher = LABEL.matcher(line.substring(brace + 1, close));
				while (matcher.find()) {
					labels.put(matcher.group(1), matcher.group(2));
				}
				rest = line.substring(close + 2).strip();
			}
			else {
				name = line.substring(0, space);
				rest = line.substring(space + 1).strip();
			}
			String value = rest.split(" ")[0];
			samples.add(new Sample(name, Map.copyOf(labels), Double.parseDouble(value)));
		}
		return new PrometheusScrape(List.copyOf(samples));
	}

	/**
	 * Scrapes {@code /actuator/prometheus} on a loopback port, failing unless it answers
	 * 200.
	 */
	public static PrometheusScrape from(int port) {
		LoopbackHttp.Response response = new LoopbackHttp(port).get("/actuator/prometheus", "Accept", "text/plain");
		if (response.status() != 200) {
			throw new AssertionError("/actuator/prometheus on port %d answered %d".formatted(port, response.status()));
		}
		return parse(response.body());
	}

	/**
	 * Fails if {@code http} (a public port, with whatever credentials it carries) serves
	 * the metrics.
	 */
	public static void assertNotServedBy(LoopbackHttp http) {
		LoopbackHttp.Response response = http.get("/actuator/prometheus", "Accept", "text/plain");
		if (response.status() == 200 || response.body().contains("jvm_memory_used_bytes")) {
			throw new AssertionError(
					"A public port serves /actuator/prometheus (status %d)".formatted(response.status()));
		}
	}

	/**
	 * How much the samples named {@code name} with these labels grew since
	 * {@code before}.
	 */
	public double increaseSince(PrometheusScrape before, String name, String... labels) {
		return value(name, labels) - before.value(name, labels);
	}

	/** Every sample name in the scrape. */
	public Set<String> names() {
		Set<String> names = new TreeSet<>();
		this.samples.forEach((sample) -> names.add(sample.name()));
		return names;
	}

	/**
	 * The sum of the samples named {@code name} whose labels include {@code labels}
	 * (pairs: key, value); 0 if there are none.
	 */
	public double value(String name, String... labels) {
		Map<String, String> wanted = new HashMap<>();
		for (int i = 0; i + 1 < labels.length; i += 2) {
			wanted.put(labels[i], labels[i + 1]);
		}
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name))
			.filter((sample) -> sample.labels().entrySet().containsAll(wanted.entrySet()))
			.mapToDouble(Sample::value)
			.sum();
	}

	/** Whether a sample named {@code name} with these labels (pairs) exists. */
	public boolean has(String name, String... labels) {
		Map<String, String> wanted = new HashMap<>();
		for (int i = 0; i + 1 < labels.length; i += 2) {
			wanted.put(labels[i], labels[i + 1]);
		}
		return this.samples.stream()
			.anyMatch((sample) -> sample.name().equals(name)
					&& sample.labels().entrySet().containsAll(wanted.entrySet()));
	}

	/**
	 * Fails unless this scrape has every metric that {@code exported-metrics.txt} lists
	 * for {@code service}.
	 * @return the names it checked
	 */
	public Set<String> assertExportsEverythingListedFor(String service) {
		record(service);
		Set<String> listed = listedFor(service);
		if (listed.isEmpty()) {
			throw new AssertionError("exported-metrics.txt lists nothing for " + service);
		}
		Set<String> missing = new TreeSet<>(listed);
		missing.removeAll(names());
		if (!missing.isEmpty()) {
			throw new AssertionError("%s does not export %s, which k8s/monitoring/exported-metrics.txt lists for it"
				.formatted(service, missing));
		}
		return listed;
	}

	/**
	 * Keeps the scraped names in {@code target/scraped-metrics/<service>.txt}, for a
	 * person updating {@code exported-metrics.txt}.
	 */
	private void record(String service) {
		try {
			Path file = Path.of("target", "scraped-metrics", service + ".txt");
			Files.createDirectories(file.getParent());
			Files.write(file, names());
			Set<String> labelled = new TreeSet<>();
			this.samples
				.forEach((sample) -> labelled.add(sample.name() + " " + new TreeSet<>(sample.labels().keySet())));
			Files.write(file.resolveSibling(service + "-labels.txt"), labelled);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The metric names {@code k8s/monitoring/exported-metrics.txt} lists for a service.
	 */
	public static Set<String> listedFor(String service) {
		Set<String> names = new TreeSet<>();
		for (String line : exportedMetricsLines()) {
			String[] fields = line.split("\\s+");
			if (fields.length == 2 && fields[0].equals(service)) {
				names.add(fields[1]);
			}
		}
		return names;
	}

	private static List<String> exportedMetricsLines() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("k8s/monitoring/exported-metrics.txt"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new AssertionError("No k8s/monitoring/exported-metrics.txt above " + Path.of("").toAbsolutePath());
		}
		try {
			return Files.readAllLines(dir.resolve("k8s/monitoring/exported-metrics.txt"))
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One sample.
	 *
	 * @param name the sample's name ({@code _total}, {@code _bucket}, … included)
	 * @param labels its labels
	 * @param value its value
	 */
	public record Sample(String name, Map<String, String> labels, double value) {
	}

}
