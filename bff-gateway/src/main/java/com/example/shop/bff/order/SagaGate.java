package com.example.shop.bff.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.example.shop.bff.BffProperties;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The boundary of each saga step: {@link #step} runs a step as a span of its own (child
 * of the request or reconciler pass that runs it, parent of the backend calls it makes),
 * after passing the gate. What a saga passes before each of its steps. In every
 * deployment it lets everything through at once. In the fault-injection suite
 * ({@code app.bff.saga.test-gate-dir}) it holds a saga before a chosen step while a file
 * {@code <key>.<STEP>} exists in that directory, and writes {@code <key>.<STEP>.paused}
 * when it does: the suite puts a fault in place (a backend down, an answer lost, the BFF
 * killed) exactly at that step boundary, then removes the file.
 */
@Component
class SagaGate {

	private final Path directory;

	private final ObservationRegistry observations;

	SagaGate(BffProperties properties, ObjectProvider<ObservationRegistry> observations) {
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
		String dir = properties.saga().testGateDir();
		this.directory = (dir != null && !dir.isBlank()) ? Path.of(dir) : null;
	}

	/**
	 * Runs one step: passes the gate, then {@code work}, observed as
	 * {@code shop.bff.saga.step} (span "saga <step>", the key as a high-cardinality
	 * attribute, so it never becomes a metric tag).
	 * @param step the step
	 * @param key the placement id (placing) or order id (cancelling)
	 * @param work the step's backend calls
	 */
	<T> Mono<T> step(Step step, Object key, Mono<T> work) {
		Mono<T> gated = before(step, key).then(work);
		return Mono.deferContextual((context) -> {
			Observation observation = Observation.createNotStarted("shop.bff.saga.step", this.observations)
				.contextualName("saga " + step.name().toLowerCase(Locale.ROOT).replace('_', ' '))
				.lowCardinalityKeyValue("step", step.name())
				.highCardinalityKeyValue("saga.key", String.valueOf(key))
				.parentObservation(context.getOrDefault(ObservationThreadLocalAccessor.KEY,
						this.observations.getCurrentObservation()))
				.start();
			return gated.doOnError(observation::error)
				.doFinally((signal) -> observation.stop())
				.contextWrite((inner) -> inner.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	/**
	 * Passes, or waits while the suite holds this step.
	 * @param step the step about to run
	 * @param key the placement id (placing) or order id (cancelling)
	 */
	Mono<Void> before(Step step, Object key) {
		if (this.directory == null) {
			return Mono.empty();
		}
		return Mono.<Void>fromRunnable(() -> hold(step, String.valueOf(key))).subscribeOn(Schedulers.boundedElastic());
	}

	private void hold(Step step, String key) {
		Path held = this.directory.resolve(key + "." + step.name());
		if (!Files.exists(held)) {
			return;
		}
		try {
			Files.writeString(this.directory.resolve(key + "." + step.name() + ".paused"), "");
			while (Files.exists(held)) {
				// Test mode only: the suite removes the file to let the saga go on.
				Thread.sleep(5);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The step boundaries of placing and cancelling an order, in the order they run. */
	enum Step {

		RESERVE, CHECK_CREDIT, COMMIT, CREATE_ORDER, CONFIRM_STOCK, ISSUE_INVOICE, RECORD_PROGRESS, MARK_CANCELLING,
		VOID_INVOICE, COMPLETE_CANCELLATION, RELEASE_STOCK, RECORD_CANCELLATION

	}

}
