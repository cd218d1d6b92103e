package com.example.shop.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends this service when the process that launched it is gone, so a killed local run
 * never leaves a service behind. Only active when {@code app.parent-pid} is set, which
 * only the local run does.
 */
class ParentProcessWatchdog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

	private final long parentPid;

	ParentProcessWatchdog(long parentPid) {
		this.parentPid = parentPid;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		ProcessHandle.of(this.parentPid)
			.ifPresentOrElse((parent) -> parent.onExit().thenRun(() -> stop(context)), () -> stop(context));
	}

	private void stop(ConfigurableApplicationContext context) {
		log.warn("Parent process {} is gone; shutting down", this.parentPid);
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
