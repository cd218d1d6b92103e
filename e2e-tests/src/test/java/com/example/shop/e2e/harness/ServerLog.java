package com.example.shop.e2e.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The local run's log ({@code target/local-run.log}: every service's lines, prefixed with
 * its name), from which a failed test keeps its own lines.
 *
 * <p>
 * Today a test's lines are the ones logged while it ran ({@link LineSelector#all()}
 * between its start and its failure), so lines of a test running in parallel can be among
 * them. The browser already sends the test's trace id with every request (a W3C
 * {@code traceparent} header); once the services log trace ids (the observability issue),
 * {@link FailureArtifacts} switches to {@link LineSelector#carrying(String)} and keeps
 * exactly that test's lines.
 */
final class ServerLog {

	private final Path file;

	ServerLog(Path file) {
		this.file = file;
	}

	/** Where the log ends now: the start of a test's window. */
	long mark() {
		try {
			return Files.isRegularFile(this.file) ? Files.size(this.file) : 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines logged since {@code mark} that the selector keeps. */
	List<String> since(long mark, LineSelector selector) {
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.READ)) {
			long end = channel.size();
			if (end <= mark) {
				return List.of();
			}
			ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(end - mark, 64L * 1024 * 1024));
			channel.read(bytes, mark);
			String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
			return Arrays.stream(text.split("\\R")).filter((line) -> !line.isEmpty()).filter(selector).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Which of the lines in a test's time window are that test's. */
	@FunctionalInterface
	interface LineSelector extends Predicate<String> {

		/** Every line of the window: what works while the services log no trace ids. */
		static LineSelector all() {
			return (line) -> true;
		}

		/** The lines carrying the test's trace id, once the services log it. */
		static LineSelector carrying(String traceId) {
			return (line) -> line.contains(traceId);
		}

	}

}
