package com.example.shop.catalog;

import com.mongodb.observability.ObservabilitySettings;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every MongoDB command as a child span of the call that issued it, through the driver's
 * own Micrometer observability (Spring Data's command listener is deprecated for it).
 * Command payloads stay out of the spans: they can hold personal data.
 */
@Configuration(proxyBeanMethods = false)
class MongoTracing {

	@Bean
	MongoClientSettingsBuilderCustomizer mongoObservations(ObservationRegistry observations) {
		return (settings) -> settings.observabilitySettings(ObservabilitySettings.micrometerBuilder()
			.observationRegistry(observations)
			.enableCommandPayloadTracing(false)
			.build());
	}

}
