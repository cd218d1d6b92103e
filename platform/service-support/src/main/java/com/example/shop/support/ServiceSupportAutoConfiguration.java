package com.example.shop.support;

import java.time.Clock;

import com.example.shop.support.problem.ProblemDetailsHandler;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers the shared conventions in every service that has this module on its
 * classpath.
 */
@AutoConfiguration
@EnableConfigurationProperties(BusinessSettings.class)
public class ServiceSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnMissingBean
	ProblemDetailsHandler problemDetailsHandler() {
		return new ProblemDetailsHandler();
	}

	@Bean
	@ConditionalOnProperty("app.parent-pid")
	static ParentProcessWatchdog parentProcessWatchdog(Environment environment) {
		return new ParentProcessWatchdog(environment.getRequiredProperty("app.parent-pid", Long.class));
	}

}
