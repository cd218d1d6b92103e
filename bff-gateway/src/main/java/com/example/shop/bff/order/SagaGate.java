package com.example.shop.bff.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.example.shop.bff.BffProperties;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * What a saga passes before each of its steps. In every deployment it lets everything
 * through at once. In the fault-injection suite ({@code app.bff.saga.test-gate-dir}) it
 * holds a saga before a chosen step while a file {@code <key>.<STEP>} exists in that
 * directory, and writes {@code <key>.<STEP>.paused} when it does: the suite puts a fault
 * in place (a backend down, an answer lost, the BFF killed) exactly at that step
 * boundary, then removes the file.
 */
@Component
class SagaGate {

	private final Path directory;

	SagaGate(BffProperties properties) {
		String dir = properties.saga().testGateDir();
		this.directory = (dir != null && !dir.isBlank()) ? Path.of(dir) : null;
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
