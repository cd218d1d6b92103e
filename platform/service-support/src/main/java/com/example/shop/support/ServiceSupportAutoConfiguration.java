package com.example.shop.support;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import com.example.shop.support.audit.Actor;
import com.example.shop.support.data.DatabasePasswordRequired;
import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.problem.DataAccessProblemHandler;
import com.example.shop.support.problem.UnreadableRequestProblems;
import com.example.shop.support.problem.ProblemDetailsHandler;
import com.example.shop.support.security.SecuritySettings;
import com.example.shop.support.security.SignedInActor;
import com.example.shop.support.security.TokenAuthentication;
import com.example.shop.support.http.HttpSettings;
import com.example.shop.support.http.RequestBodyLimit;
import com.example.shop.support.logging.UserIdLogging;
import com.example.shop.support.tracing.TracingDefaults;
import com.example.shop.support.tracing.TracingExportNotice;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the shared conventions in every application that has this module on its
 * classpath. Spring MVC and JDBC are optional here: a domain's core module and its batch
 * application use the domain and data conventions without a web server, and the web
 * conventions register only in a servlet web application.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@EnableConfigurationProperties(BusinessSettings.class)
public class ServiceSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	BusinessClock businessClock(BusinessSettings settings, Clock clock) {
		return new BusinessClock(settings, clock);
	}

	@Bean
	@ConditionalOnProperty("app.parent-pid")
	static ParentProcessWatchdog parentProcessWatchdog(Environment environment) {
		return new ParentProcessWatchdog(environment.getRequiredProperty("app.parent-pid", Long.class));
	}

	/**
	 * One line at start-up says whether traces are exported, wherever tracing is on the
	 * classpath (every deployable: see {@link TracingDefaults}).
	 */
	@Bean
	@ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
	static TracingExportNotice tracingExportNotice(Environment environment) {
		return new TracingExportNotice(environment);
	}

	/** A service with a SQL database refuses to start without a password for it. */
	@Bean
	@ConditionalOnClass(name = "javax.sql.DataSource")
	@ConditionalOnProperty("spring.datasource.url")
	static DatabasePasswordRequired databasePasswordRequired(Environment environment) {
		return new DatabasePasswordRequired(environment);
	}

	/**
	 * How the identity provider's tokens are read, wherever Spring Security's resource
	 * server is on the classpath (every service, and ui-app for {@code /bff/v1}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(
			name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
	@EnableConfigurationProperties(SecuritySettings.class)
	static class Tokens {

		@Bean
		@ConditionalOnMissingBean
		TokenAuthentication tokenAuthentication(SecuritySettings settings) {
			return new TokenAuthentication(settings);
		}

		/**
		 * Every log line of a request names its user ({@code userId}, the token's
		 * subject), right after Spring Security's filters.
		 */
		@Bean
		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
		@ConditionalOnMissingBean(name = "userIdLogging")
		FilterRegistrationBean<UserIdLogging> userIdLogging() {
			FilterRegistrationBean<UserIdLogging> registration = new FilterRegistrationBean<>(new UserIdLogging());
			// Spring Security's filter chain runs at -100 (SecurityFilterProperties).
			registration.setOrder(-100 + 1);
			return registration;
		}

		/** Audit entries name the token's subject. */
		@Bean
		@ConditionalOnMissingBean
		Actor actor(Environment environment) {
			return new SignedInActor(environment.getProperty("spring.application.name", "system"));
		}

	}

	/**
	 * Without Spring Security (a batch application), audit entries name the application.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
	static class ApplicationActor {

		@Bean
		@ConditionalOnMissingBean
		Actor actor(Environment environment) {
			return Actor.named(environment.getProperty("spring.application.name", "system"));
		}

	}

	/** RFC 9457 problems for every failure: only in a servlet web application. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler")
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableConfigurationProperties(HttpSettings.class)
	static class Problems {

		@Bean
		@ConditionalOnMissingBean
		ProblemDetailsHandler problemDetailsHandler() {
			return new ProblemDetailsHandler();
		}

		/**
		 * Request bodies over {@code app.http.max-request-body} are refused first, before
		 * security or parsing reads them.
		 */
		@Bean
		@ConditionalOnMissingBean(name = "requestBodyLimit")
		FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(HttpSettings settings) {
			FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
					new RequestBodyLimit(settings.maxRequestBody().toBytes()));
			registration.setUrlPatterns(settings.bodyLimitPaths());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			return registration;
		}

		/**
		 * A body is read as its contract types it. An empty string is no UUID: a body's
		 * optional id given as {@code ""} is refused with a 400 instead of being read as
		 * absent. And a number or a string is no boolean: {@code "stockConfirmed": 7} is
		 * a 400, not {@code true} (Jackson's default coerces both).
		 */
		@Bean
		org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer bodiesReadAsTyped() {
			return (builder) -> builder
				.withCoercionConfig(java.util.UUID.class,
						(config) -> config.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.EmptyString,
								tools.jackson.databind.cfg.CoercionAction.Fail))
				.withCoercionConfig(tools.jackson.databind.type.LogicalType.Boolean,
						(config) -> config
							.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Integer,
									tools.jackson.databind.cfg.CoercionAction.Fail)
							.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Float,
									tools.jackson.databind.cfg.CoercionAction.Fail)
							.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.String,
									tools.jackson.databind.cfg.CoercionAction.Fail)
							.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.EmptyString,
									tools.jackson.databind.cfg.CoercionAction.Fail));
		}

		/**
		 * Requests a controller cannot read: each advice only where its library is
		 * (Tomcat's parameters, Spring Security's firewall).
		 */
		@Bean
		@ConditionalOnClass(name = "org.apache.tomcat.util.http.InvalidParameterException")
		@ConditionalOnMissingBean
		UnreadableRequestProblems.Parameters unreadableParameters() {
			return new UnreadableRequestProblems.Parameters();
		}

		@Bean
		@ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedException")
		@ConditionalOnMissingBean
		UnreadableRequestProblems.Firewall firewallRefusals() {
			return new UnreadableRequestProblems.Firewall();
		}

		/**
		 * Only where a database is: ui-app, for one, has no data access classes at all.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(name = "org.springframework.dao.DataAccessException")
		static class DataAccessProblems {

			@Bean
			@ConditionalOnMissingBean
			DataAccessProblemHandler dataAccessProblemHandler() {
				return new DataAccessProblemHandler();
			}

		}

	}

	/**
	 * The {@code Idempotency-Key} contract of creating POSTs, in a web service with a SQL
	 * database (its migrations create the {@code idempotency_record} table).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.jdbc.core.simple.JdbcClient",
			"org.springframework.web.servlet.DispatcherServlet" })
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnBean(type = { "org.springframework.jdbc.core.simple.JdbcClient",
			"org.springframework.transaction.support.TransactionTemplate", "tools.jackson.databind.json.JsonMapper" })
	static class Idempotency {

		@Bean
		@ConditionalOnMissingBean
		IdempotentExecutor idempotentExecutor(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
				Clock clock) {
			return new IdempotentExecutor(jdbc, transactions, json, clock);
		}

	}

}
