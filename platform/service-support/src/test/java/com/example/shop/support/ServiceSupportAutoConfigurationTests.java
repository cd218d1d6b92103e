package com.example.shop.support;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import com.example.shop.support.audit.Actor;
import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.problem.DataAccessProblemHandler;
import com.example.shop.support.problem.UnreadableRequestProblems;
import com.example.shop.support.problem.ProblemDetailsHandler;
import com.example.shop.support.security.Authorities;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void bodiesAreReadAsTheirContractTypesThemNeverCoercedIntoBooleansOrEmptyUuids() {
		new WebApplicationContextRunner().withConfiguration(SUPPORT).run((context) -> {
			JsonMapper.Builder builder = JsonMapper.builder();
			context.getBeansOfType(org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer.class)
				.values()
				.forEach((customizer) -> customizer.customize(builder));
			JsonMapper json = builder.build();

			assertThat(json.readValue("{\"flag\": true}", Body.class).flag()).isTrue();
			for (String bad : List.of("{\"flag\": 7}", "{\"flag\": 0.5}", "{\"flag\": \"true\"}", "{\"flag\": \"\"}",
					"{\"id\": \"\"}")) {
				assertThatThrownBy(() -> json.readValue(bad, Body.class)).as(bad)
					.isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class);
			}
		});
	}

	record Body(Boolean flag, java.util.UUID id) {
	}

	@Test
	void aWebApplicationWithoutADatabaseGetsProblemsOnly() {
		new WebApplicationContextRunner().withConfiguration(SUPPORT)
			.run((context) -> assertThat(context).hasSingleBean(ProblemDetailsHandler.class)
				.hasSingleBean(UnreadableRequestProblems.Parameters.class)
				.hasSingleBean(UnreadableRequestProblems.Firewall.class)
				.doesNotHaveBean(IdempotentExecutor.class));
	}

	@Test
	void aServiceNamesTheTokensSubjectInItsAuditAndTheApplicationWithoutACaller() {
		new ApplicationContextRunner().withConfiguration(SUPPORT)
			.withPropertyValues("spring.application.name=orders")
			.run((context) -> {
				Actor actor = context.getBean(Actor.class);
				assertThat(actor.name()).isEqualTo("orders");
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("billing", null,
							List.of(new SimpleGrantedAuthority(Authorities.BILLING))));
				try {
					assertThat(actor.name()).isEqualTo("billing");
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			});
	}

	@Test
	void aBatchWithoutSpringSecurityNamesItselfInItsAudit() {
		new ApplicationContextRunner().withConfiguration(SUPPORT)
			.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withPropertyValues("spring.application.name=orders-batch")
			.run((context) -> assertThat(context.getBean(Actor.class).name()).isEqualTo("orders-batch"));
	}

	@Test
	void anActorsNameIsStrippedCutAndNeverBlank() {
		assertThat(Actor.named("  admin ").name()).isEqualTo("admin");
		assertThat(Actor.named(" ").name()).isEqualTo("system");
		assertThat(Actor.named("x".repeat(300)).name()).hasSize(Actor.MAX_LENGTH);
	}

}
