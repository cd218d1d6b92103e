package com.example.shop.sagafaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Holds a saga in the BFF before one of its steps, through the BFF's test gate
 * ({@code app.bff.saga.test-gate-dir}): while {@code <key>.<STEP>} exists, a saga with
 * that key waits before that step, and it writes {@code <key>.<STEP>.paused} when it
 * does. The suite puts its fault in place exactly then, and removes the file.
 */
final class Gate {

	private final Path directory;

	Gate(Path directory) {
		this.directory = directory;
	}

	void hold(Object key, Step step) {
		try {
			Files.deleteIfExists(paused(key, step));
			Files.writeString(held(key, step), "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until a saga with this key stands before this step. */
	void awaitHeld(Object key, Step step) {
		await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(paused(key, step)));
	}

	/** Whether a saga with this key stands before this step now. */
	boolean isHeld(Object key, Step step) {
		return Files.exists(paused(key, step));
	}

	void release(Object key, Step step) {
		try {
			Files.deleteIfExists(held(key, step));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Nothing held any more (before a restarted BFF reads the directory). */
	void clear() {
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path held(Object key, Step step) {
		return this.directory.resolve(key + "." + step.name());
	}

	private Path paused(Object key, Step step) {
		return this.directory.resolve(key + "." + step.name() + ".paused");
	}

}
