package com.example.shop.support.tracing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * The sampling default of every deployable: every trace when traces are exported
 * ({@code OTEL_EXPORTER_OTLP_ENDPOINT} or Boot's own endpoint property set), none when
 * they are not, so an unexported trace costs no span recording (trace ids still reach the
 * logs and the next service). A call that arrives with a sampled {@code traceparent} is
 * recorded either way (parent-based sampling). Lowest precedence: any setting of
 * {@code management.tracing.sampling.probability} wins.
 * <p>
 * Metrics are not pushed over OTLP by default (they are scraped). Also the console's
 * correlation part of each line: trace id, span id and user id (the structured JSON
 * formats carry them as fields).
 */
public class TracingDefaults implements EnvironmentPostProcessor, Ordered {

	/** Boot's OTLP trace endpoint, which it maps the standard variables onto. */
	public static final String ENDPOINT_PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

	static final String PROBABILITY_PROPERTY = "management.tracing.sampling.probability";

	static final String CORRELATION_PROPERTY = "logging.pattern.correlation";

	/**
	 * The OpenTelemetry starter brings Micrometer's OTLP meter registry, which Boot would
	 * point at the same endpoint: metrics are scraped from /actuator/prometheus instead,
	 * so it stays off unless asked for ({@code OTEL_METRICS_EXPORTER=otlp}).
	 */
	static final String OTLP_METRICS_PROPERTY = "management.otlp.metrics.export.enabled";

	/** The console's correlation part: trace id, span id, user id (see UserIdLogging). */
	static final String CORRELATION = "[%X{traceId:-},%X{spanId:-},%X{userId:-}] ";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new SamplingDefault(environment));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Where traces go, or {@code null} when they are not exported: Boot's endpoint
	 * property, else the standard OpenTelemetry variables (traces-specific first).
	 */
	public static String endpoint(Environment environment) {
		for (String name : new String[] { ENDPOINT_PROPERTY, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
				"OTEL_EXPORTER_OTLP_ENDPOINT" }) {
			String value = environment.getProperty(name);
			if (StringUtils.hasText(value)) {
				return value;
			}
		}
		return null;
	}

	/**
	 * Answers the probability when asked, so it follows the endpoint however late that is
	 * set (Boot maps the OpenTelemetry variables in a post-processor of its own).
	 */
	private static final class SamplingDefault extends PropertySource<SamplingDefault.Of> {

		SamplingDefault(Environment environment) {
			// Not the environment itself as the source: Boot would walk into it and find
			// this source again, without end.
			super("shopTracingDefaults", new Of(environment));
		}

		@Override
		public Object getProperty(String name) {
			if (CORRELATION_PROPERTY.equals(name)) {
				return CORRELATION;
			}
			if (OTLP_METRICS_PROPERTY.equals(name)) {
				return "false";
			}
			if (!PROBABILITY_PROPERTY.equals(name)) {
				return null;
			}
			return (endpoint(getSource().environment()) != null) ? "1.0" : "0.0";
		}

		record Of(Environment environment) {
		}

	}

}
