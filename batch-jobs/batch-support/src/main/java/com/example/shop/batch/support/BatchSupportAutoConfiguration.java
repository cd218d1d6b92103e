package com.example.shop.batch.support;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The conventions every batch application gets by depending on this module: the command
 * line ({@link BatchRunner}) and the {@link RunMonitor} on every job. The application
 * brings its jobs, their {@link JobParameterDefaults} and its {@link Heartbeats} store.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")
@EnableConfigurationProperties(BatchSettings.class)
public class BatchSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean(destroyMethod = "close")
	RunMonitor runMonitor(BatchSettings settings, Heartbeats heartbeats, ObjectProvider<MeterRegistry> meters,
			Clock clock) {
		return new RunMonitor(settings, heartbeats, meters.getIfAvailable(SimpleMeterRegistry::new), clock,
				(line) -> System.out.println(line));
	}

	/** Every job of the application is watched, without each configuration naming it. */
	@Bean
	static BeanPostProcessor watchEveryJob(@Lazy RunMonitor monitor) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractJob job) {
					job.registerJobExecutionListener(monitor);
				}
				return bean;
			}
		};
	}

	@Bean
	BatchRunner batchRunner(JobOperator operator, JobRepository repository, List<Job> jobs,
			List<JobParameterDefaults> defaults, Heartbeats heartbeats, BatchSettings settings, Clock clock,
			Environment environment) {
		return new BatchRunner(operator, repository, jobs, defaults, heartbeats, settings, clock, null,
				environment.getProperty("app.batch.command-line", Boolean.class, true));
	}

}
