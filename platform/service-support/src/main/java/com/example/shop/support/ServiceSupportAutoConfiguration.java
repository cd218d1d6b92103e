package com.example.shop.support;

import java.time.Clock;

import com.example.shop.support.problem.DataAccessProblemHandler;
import com.example.shop.support.problem.ProblemDetailsHandler;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	/** Only where a database is: ui-app, for one, has no data access classes at all. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.dao.DataAccessException")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class DataAccessProblems {

		@Bean
		@ConditionalOnMissingBean
		DataAccessProblemHandler dataAccessProblemHandler() {
			return new DataAccessProblemHandler();
		}

	}

	@Bean
	@ConditionalOnProperty("app.parent-pid")
	static ParentProcessWatchdog parentProcessWatchdog(Environment environment) {
		return new ParentProcessWatchdog(environment.getRequiredProperty("app.parent-pid", Long.class));
	}

}
