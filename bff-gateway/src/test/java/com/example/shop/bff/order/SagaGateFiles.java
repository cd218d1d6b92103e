package com.example.shop.bff.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Holds a saga before one of its steps, through the BFF's test gate
 * ({@code app.bff.saga.test-gate-dir}): a test puts a fault in place exactly at a step
 * boundary, then lets the saga go on.
 */
final class SagaGateFiles {

	private final Path directory;

	SagaGateFiles(String directory) {
		this.directory = Path.of(directory);
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The saga with this key stops before {@code step} until released. */
	void hold(Object key, String step) {
		write(this.directory.resolve(key + "." + step));
	}

	/** Waits until the saga stopped there. */
	void awaitHeld(Object key, String step) {
		Path paused = this.directory.resolve(key + "." + step + ".paused");
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(paused));
	}

	/** Lets it go on. */
	void release(Object key, String step) {
		try {
			Files.deleteIfExists(this.directory.resolve(key + "." + step));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file) {
		try {
			Files.writeString(file, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
