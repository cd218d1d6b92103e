package com.example.shop.testsupport.mongo;

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
 * Reads {@link MongoTest} and sets {@code spring.mongodb.uri}; equal per database, so
 * contexts are cached.
 */
class MongoContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MongoTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, MongoTest.class);
		return (annotation != null) ? new MongoContextCustomizer(annotation.database()) : null;
	}

	private record MongoContextCustomizer(String database) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String uri = MongoStandInServer.get().connectionString(this.database);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mongoStandIn", Map.of("spring.mongodb.uri", uri)));
		}

	}

}
