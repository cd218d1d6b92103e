package com.example.shop.testsupport.postgres;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Reads {@link PostgresTest} and adds the datasource properties; equal per database, so
 * contexts are cached.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		PostgresTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, PostgresTest.class);
		return (annotation != null) ? new PostgresContextCustomizer(annotation.database()) : null;
	}

	private record PostgresContextCustomizer(String database) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.get().database(this.database);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", db.jdbcUrl(),
						"spring.datasource.username", db.username(), "spring.datasource.password", db.password())));
		}

	}

}
