package com.example.shop.support.tracing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every trace is sampled when traces are exported and none when they are not; one line
 * says which.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingDefaultsTests {

	@Test
	void withoutAnEndpointNothingIsSampledOfItsOwn() {
		StandardEnvironment environment = environment(Map.of());

		assertThat(probability(environment)).isEqualTo(0.0f);
		assertThat(TracingDefaults.endpoint(environment)).isNull();
	}

	@Test
	void theStandardVariableSampleEverything() {
		StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"));

		assertThat(probability(environment)).isEqualTo(1.0f);
		assertThat(TracingDefaults.endpoint(environment)).isEqualTo("http://collector:4318");
	}

	@Test
	void bootsOwnEndpointPropertyCountsAsWell() {
		StandardEnvironment environment = environment(
				Map.of(TracingDefaults.ENDPOINT_PROPERTY, "http://collector:4318/v1/traces"));

		assertThat(probability(environment)).isEqualTo(1.0f);
	}

	@Test
	void aProbabilityThatIsSetWins() {
		StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
				TracingDefaults.PROBABILITY_PROPERTY, "0.25"));

		assertThat(probability(environment)).isEqualTo(0.25f);
	}

	@Test
	void metricsAreNotPushedOverOtlpUnlessAskedFor() {
		StandardEnvironment exported = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"));
		StandardEnvironment asked = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
				TracingDefaults.OTLP_METRICS_PROPERTY, "true"));

		assertThat(Binder.get(exported).bind(TracingDefaults.OTLP_METRICS_PROPERTY, Boolean.class).get()).isFalse();
		assertThat(Binder.get(asked).bind(TracingDefaults.OTLP_METRICS_PROPERTY, Boolean.class).get()).isTrue();
	}

	@Test
	void oneLineSaysThatTracesAreNotExported(CapturedOutput output) {
		new TracingExportNotice(environment(Map.of())).onApplicationEvent(null);

		assertThat(output.getOut().lines().filter((line) -> line.contains("Traces are"))).singleElement()
			.asString()
			.contains("INFO")
			.contains("not exported: OTEL_EXPORTER_OTLP_ENDPOINT is not set");
	}

	@Test
	void oneLineSaysWhereTracesGo(CapturedOutput output) {
		new TracingExportNotice(environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")))
			.onApplicationEvent(null);

		assertThat(output.getOut().lines().filter((line) -> line.contains("Traces are"))).singleElement()
			.asString()
			.contains("exported over OTLP to http://collector:4318");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		ConfigurationPropertySources.attach(environment);
		new TracingDefaults().postProcessEnvironment(environment, null);
		return environment;
	}

	private static float probability(StandardEnvironment environment) {
		return Binder.get(environment).bind(TracingDefaults.PROBABILITY_PROPERTY, Float.class).get();
	}

}
