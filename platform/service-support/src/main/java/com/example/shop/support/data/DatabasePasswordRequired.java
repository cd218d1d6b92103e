package com.example.shop.support.data;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * No service has a default database password: a deployment that forgot to set one stops
 * at start-up with a message naming the setting, before anything tries to connect (the
 * local run and the tests pass theirs explicitly). Runs before any bean is created, so
 * the message is the first and only failure.
 */
public final class DatabasePasswordRequired implements BeanFactoryPostProcessor {

	private final Environment environment;

	public DatabasePasswordRequired(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!StringUtils.hasText(this.environment.getProperty("spring.datasource.password"))) {
			throw new IllegalStateException("No database password is set: set spring.datasource.password "
					+ "(environment variable SPRING_DATASOURCE_PASSWORD) for "
					+ this.environment.getProperty("spring.datasource.url")
					+ ". Services have no default password; only the local run passes one of its own.");
		}
	}

}
