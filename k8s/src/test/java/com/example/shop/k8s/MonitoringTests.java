package com.example.shop.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards and alert rules under {@code k8s/monitoring/}: promtool checks the rules
 * and runs their unit tests, every dashboard is a well-formed Grafana dashboard on the
 * Prometheus datasource, every alert links a runbook section that exists, and every
 * metric a rule or a dashboard uses is one the services export
 * ({@code exported-metrics.txt}, which each service's *MetricsIT holds against a live
 * scrape).
 */
class MonitoringTests {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
			"on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void promtoolFindsTheRulesValid() {
		String out = promtool("check", "rules", "shop-alerts.yaml");

		assertThat(out).contains("SUCCESS");
	}

	@Test
	void promtoolRunsTheAlertsUnitTestsGreen() {
		String out = promtool("test", "rules", "shop-alerts-test.yaml");

		assertThat(out).contains("SUCCESS");
	}

	@Test
	void everyAlertHasASeverityASummaryAndARunbookSectionThatExists() {
		Set<String> anchors = readmeAnchors();
		List<Map<String, Object>> alerts = rules().stream().filter((rule) -> rule.containsKey("alert")).toList();

		assertThat(alerts).hasSizeGreaterThanOrEqualTo(8);
		for (Map<String, Object> alert : alerts) {
			String name = (String) alert.get("alert");
			@SuppressWarnings("unchecked")
			Map<String, String> labels = (Map<String, String>) alert.get("labels");
			@SuppressWarnings("unchecked")
			Map<String, String> annotations = (Map<String, String>) alert.get("annotations");
			assertThat(labels).as(name).containsKey("severity");
			assertThat(labels.get("severity")).as(name).isIn("page", "ticket");
			assertThat(annotations).as(name).containsKeys("summary", "description", "runbook_url");
			String url = annotations.get("runbook_url");
			assertThat(url).as(name).startsWith("https://github.com/example/shop/blob/main/k8s/README.md#");
			assertThat(anchors).as("%s's runbook section in k8s/README.md", name)
				.contains(url.substring(url.indexOf('#') + 1));
		}
	}

	@Test
	void theRulesCoverWhatOpsPageOn() {
		Set<String> names = new TreeSet<>();
		rules().forEach((rule) -> {
			if (rule.containsKey("alert")) {
				names.add((String) rule.get("alert"));
			}
		});

		assertThat(names).contains("ShopErrorBudgetBurn", "ShopLatencyBudgetBurn", "ShopCircuitBreakerOpen",
				"ShopSagasPendingTooLong", "ShopBatchJobFailed", "ShopBatchJobMissedSchedule",
				"ShopReservationsRefusedUnusually");
	}

	@Test
	void everyDashboardIsAGrafanaDashboardWithPanelsQueryingPrometheus() {
		Map<String, JsonNode> dashboards = dashboards();
		Set<String> uids = new HashSet<>();

		assertThat(dashboards.keySet()).containsExactlyInAnyOrder("orders.json", "catalog.json", "billing.json",
				"bff.json");
		dashboards.forEach((file, dashboard) -> {
			assertThat(dashboard.path("title").asString()).as(file).isNotBlank();
			assertThat(uids.add(dashboard.path("uid").asString())).as("%s's uid is its own", file).isTrue();
			assertThat(dashboard.path("schemaVersion").asInt()).as(file).isPositive();
			JsonNode variable = dashboard.path("templating").path("list").path(0);
			assertThat(variable.path("name").asString()).as(file).isEqualTo("datasource");
			assertThat(variable.path("type").asString()).as(file).isEqualTo("datasource");
			assertThat(variable.path("query").asString()).as(file).isEqualTo("prometheus");
			JsonNode panels = dashboard.path("panels");
			assertThat(panels.isArray() && !panels.isEmpty()).as("%s has panels", file).isTrue();
			Set<Integer> ids = new HashSet<>();
			for (JsonNode panel : panels) {
				String where = file + " panel " + panel.path("title").asString();
				assertThat(panel.path("title").asString()).as(file).isNotBlank();
				assertThat(ids.add(panel.path("id").asInt())).as("%s has its own id", where).isTrue();
				assertThat(panel.path("type").asString()).as(where).isIn("timeseries", "stat", "gauge", "table");
				assertThat(panel.path("gridPos").path("w").asInt()).as(where).isBetween(1, 24);
				assertThat(panel.path("gridPos").path("h").asInt()).as(where).isPositive();
				assertPrometheus(panel.path("datasource"), where);
				JsonNode targets = panel.path("targets");
				assertThat(targets.isArray() && !targets.isEmpty()).as("%s has targets", where).isTrue();
				Set<String> refIds = new HashSet<>();
				for (JsonNode target : targets) {
					assertThat(target.path("expr").asString()).as(where).isNotBlank();
					assertThat(refIds.add(target.path("refId").asString())).as("%s refIds", where).isTrue();
					assertPrometheus(target.path("datasource"), where);
				}
			}
		});
	}

	@Test
	void everyMetricARuleOrDashboardUsesIsOneTheServicesExport() {
		Set<String> exported = exportedMetrics();
		Set<String> recorded = new TreeSet<>();
		rules().forEach((rule) -> {
			if (rule.containsKey("record")) {
				recorded.add((String) rule.get("record"));
			}
		});
		Map<String, Set<String>> unknown = new TreeMap<>();
		Set<String> used = new TreeSet<>();
		expressions().forEach((where, expr) -> {
			for (String name : metricNames(expr)) {
				used.add(name);
				if (!exported.contains(name) && !recorded.contains(name)) {
					unknown.computeIfAbsent(name, (n) -> new TreeSet<>()).add(where);
				}
			}
		});

		assertThat(unknown).as("metrics used but not in exported-metrics.txt (nor recorded by a rule)").isEmpty();
		assertThat(exported).as("exported-metrics.txt lists only what a rule or dashboard uses")
			.allMatch(used::contains);
		assertThat(recorded).as("every recording rule is used").allMatch(used::contains);
	}

	@Test
	void metricNamesAreReadFromPromqlWithoutLabelsFunctionsOrKeywords() {
		assertThat(metricNames(
				"""
						sum by (application) (rate(http_server_requests_seconds_count{uri!~"/actuator.*", status=~"5.."}[5m])
						or rate(grpc_server_seconds_count{grpc_status_code="INTERNAL"}[5m])) / shop:requests:rate5m > 14.4 * 0.001
						and on (namespace) max by (namespace) (kube_cronjob_spec_suspend) == 0 unless time() - x offset 1h"""))
			.containsExactlyInAnyOrder("http_server_requests_seconds_count", "grpc_server_seconds_count",
					"shop:requests:rate5m", "kube_cronjob_spec_suspend", "x");
	}

	@Test
	void theMonitoringKustomizationCarriesTheRulesAndEveryDashboard() {
		List<HasMetadata> objects = Kustomize.parse(Kustomize.render(monitoring()));

		Map<String, ConfigMap> configMaps = new TreeMap<>();
		objects.forEach((object) -> configMaps.put(object.getMetadata().getName(), (ConfigMap) object));
		assertThat(configMaps).containsOnlyKeys("shop-alert-rules", "shop-dashboards");
		assertThat(configMaps.get("shop-alert-rules").getData()).containsOnlyKeys("shop-alerts.yaml");
		assertThat(configMaps.get("shop-dashboards").getData().keySet())
			.containsExactlyInAnyOrderElementsOf(dashboards().keySet());
		assertThat(configMaps.get("shop-dashboards").getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
		objects.forEach((object) -> assertThat(object.getMetadata().getNamespace()).isEqualTo("monitoring"));
	}

	static Set<String> metricNames(String expr) {
		String stripped = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
		Set<String> names = new TreeSet<>();
		Matcher matcher = IDENTIFIER.matcher(stripped);
		while (matcher.find()) {
			String token = matcher.group();
			int next = matcher.end();
			while (next < stripped.length() && Character.isWhitespace(stripped.charAt(next))) {
				next++;
			}
			boolean function = next < stripped.length() && stripped.charAt(next) == '(';
			boolean afterDigit = matcher.start() > 0 && Character.isDigit(stripped.charAt(matcher.start() - 1));
			if (!function && !afterDigit && !PROMQL_WORDS.contains(token.toLowerCase())) {
				names.add(token);
			}
		}
		return names;
	}

	private static void assertPrometheus(JsonNode datasource, String where) {
		assertThat(datasource.path("type").asString()).as("%s's datasource", where).isEqualTo("prometheus");
		assertThat(datasource.path("uid").asString()).as("%s's datasource", where).isEqualTo("${datasource}");
	}

	/**
	 * Every PromQL expression: each rule's and each dashboard target's, by where it is.
	 */
	private static Map<String, String> expressions() {
		Map<String, String> expressions = new LinkedHashMap<>();
		rules().forEach((rule) -> expressions.put("rule " + rule.getOrDefault("alert", rule.get("record")),
				(String) rule.get("expr")));
		dashboards().forEach((file, dashboard) -> {
			for (JsonNode panel : dashboard.path("panels")) {
				for (JsonNode target : panel.path("targets")) {
					expressions.put(
							file + " / " + panel.path("title").asString() + " / " + target.path("refId").asString(),
							target.path("expr").asString());
				}
			}
		});
		return expressions;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rules() {
		Map<String, Object> file = new Yaml().load(read(monitoring().resolve("rules/shop-alerts.yaml")));
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
			rules.addAll((List<Map<String, Object>>) group.get("rules"));
		}
		return rules;
	}

	private static Map<String, JsonNode> dashboards() {
		Map<String, JsonNode> dashboards = new TreeMap<>();
		try (Stream<Path> files = Files.list(monitoring().resolve("dashboards"))) {
			for (Path file : files.toList()) {
				dashboards.put(file.getFileName().toString(), JSON.readTree(read(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dashboards;
	}

	private static Set<String> exportedMetrics() {
		Set<String> names = new TreeSet<>();
		for (String line : read(monitoring().resolve("exported-metrics.txt")).split("\n")) {
			String[] fields = line.strip().split("\\s+");
			if (!line.isBlank() && !line.startsWith("#") && fields.length == 2) {
				names.add(fields[1]);
			}
		}
		return names;
	}

	/** GitHub's anchors of the README's headings: lower case, spaces to dashes. */
	private static Set<String> readmeAnchors() {
		Set<String> anchors = new TreeSet<>();
		for (String line : read(Kustomize.k8s().resolve("README.md")).split("\n")) {
			if (line.startsWith("#")) {
				String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase();
				anchors.add(heading.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
			}
		}
		return anchors;
	}

	private static String promtool(String... args) {
		List<String> command = new ArrayList<>();
		command.add("promtool");
		command.addAll(List.of(args));
		Process process;
		try {
			process = new ProcessBuilder(command).directory(monitoring().resolve("rules").toFile())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			throw new AssertionError(
					"promtool is missing: it checks the alert rules. Install Debian's package "
							+ "(apt-get install -y --no-install-recommends prometheus; .ci/run does) and run again.",
					ex);
		}
		try {
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
			assertThat(process.exitValue()).as("promtool %s:%n%s", String.join(" ", args), out).isZero();
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path monitoring() {
		return Kustomize.k8s().resolve("monitoring");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
