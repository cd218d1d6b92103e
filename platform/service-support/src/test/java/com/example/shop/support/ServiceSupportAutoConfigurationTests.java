package com.example.shop.support;

import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.problem.DataAccessProblemHandler;
import com.example.shop.support.problem.ProblemDetailsHandler;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which conventions register where: a core or batch without a web server, a service, the
 * UI.
 */
class ServiceSupportAutoConfigurationTests {

	private static final AutoConfigurations SUPPORT = AutoConfigurations.of(ServiceSupportAutoConfiguration.class);

	@Test
	void withoutSpringMvcOnTheClasspathTheDomainConventionsStillStart() {
		new ApplicationContextRunner().withConfiguration(SUPPORT)
			.withClassLoader(new FilteredClassLoader("org.springframework.web"))
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(Clock.class)
					.hasSingleBean(BusinessSettings.class)
					.hasSingleBean(BusinessClock.class);
				assertThat(context).doesNotHaveBean(ProblemDetailsHandler.class)
					.doesNotHaveBean(IdempotentExecutor.class);
			});
	}

	@Test
	void aWebServiceWithADatabaseGetsProblemsAndTheIdempotencyExecutor() {
		DataSource dataSource = new SimpleDriverDataSource();
		new WebApplicationContextRunner().withConfiguration(SUPPORT)
			.withBean(JdbcClient.class, () -> JdbcClient.create(dataSource))
			.withBean(TransactionTemplate.class,
					() -> new TransactionTemplate(new DataSourceTransactionManager(dataSource)))
			.withBean(JsonMapper.class, () -> JsonMapper.builder().build())
			.run((context) -> assertThat(context).hasSingleBean(ProblemDetailsHandler.class)
				.hasSingleBean(DataAccessProblemHandler.class)
				.hasSingleBean(IdempotentExecutor.class));
	}

	@Test
	void aWebApplicationWithoutADatabaseGetsProblemsOnly() {
		new WebApplicationContextRunner().withConfiguration(SUPPORT)
			.run((context) -> assertThat(context).hasSingleBean(ProblemDetailsHandler.class)
				.doesNotHaveBean(IdempotentExecutor.class));
	}

}
