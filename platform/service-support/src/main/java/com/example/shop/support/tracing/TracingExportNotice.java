package com.example.shop.support.tracing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Says once, at start-up, whether this process exports its traces and where to: an
 * operator who sees no traces reads why in the first lines of the log.
 */
public class TracingExportNotice implements ApplicationListener<ApplicationStartedEvent> {

	private static final Logger log = LoggerFactory.getLogger(TracingExportNotice.class);

	private final Environment environment;

	public TracingExportNotice(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		String endpoint = TracingDefaults.endpoint(this.environment);
		if (endpoint == null) {
			log.info(
					"Traces are not exported: OTEL_EXPORTER_OTLP_ENDPOINT is not set (trace ids still reach the logs)");
		}
		else {
			log.info("Traces are exported over OTLP to {}", endpoint);
		}
	}

}
