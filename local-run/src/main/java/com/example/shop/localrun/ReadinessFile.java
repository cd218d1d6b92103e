package com.example.shop.localrun;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the local run tells the tools that use it ({@code ./run-batch.sh}, the e2e suite,
 * CI's smoke check): {@code ready.properties} in its data directory, written once every
 * service is ready, with the ports it actually took, and deleted when it stops. Java
 * reads it as {@link Properties}; a shell script reads it with {@code grep}/{@code cut},
 * since every line is {@code key=value} with nothing to escape.
 *
 * <p>
 * Next to it, {@code launcher.pid} marks a data directory in use from the start of a run
 * to its end, so a second run on the same data is refused instead of corrupting it.
 */
final class ReadinessFile {

	static final String READY = "ready.properties";

	static final String PID = "launcher.pid";

	private ReadinessFile() {
	}

	/**
	 * Claims the data directory for this process.
	 * @throws IllegalStateException if a live local run holds it
	 */
	static void claim(Path home) throws IOException {
		Files.createDirectories(home);
		Optional<ProcessHandle> holder = holder(home);
		if (holder.isPresent() && holder.get().pid() != ProcessHandle.current().pid()) {
			throw new IllegalStateException(("A local run is already running on %s (pid %d). Stop it first (Ctrl-C or"
					+ " 'quit' in its terminal), or start another with its own LOCAL_RUN_HOME and --free-ports.")
				.formatted(home.toAbsolutePath(), holder.get().pid()));
		}
		Files.deleteIfExists(home.resolve(READY));
		Files.writeString(home.resolve(PID), Long.toString(ProcessHandle.current().pid()));
	}

	/** The live launcher that holds {@code home}, if any. */
	static Optional<ProcessHandle> holder(Path home) throws IOException {
		Path pidFile = home.resolve(PID);
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		String pid = Files.readString(pidFile).strip();
		if (!pid.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(pid))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((c) -> c.endsWith("java")).orElse(true));
	}

	/**
	 * Writes the file in one step: a reader never sees half of it.
	 * @param entries keys and values in the order to write them; no value holds a line
	 * break or a backslash
	 */
	static void write(Path home, Map<String, String> entries) throws IOException {
		Path temporary = home.resolve(READY + ".tmp");
		StringBuilder text = new StringBuilder(
				"# The local run is ready; written by ./run-local.sh, deleted when it stops.\n");
		entries.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			writer.write(text.toString());
		}
		Files.move(temporary, home.resolve(READY), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Reads the file of a ready local run. */
	static Properties read(Path home) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(home.resolve(READY), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** Releases the data directory: the run is over. */
	static void release(Path home) throws IOException {
		Files.deleteIfExists(home.resolve(READY));
		Optional<ProcessHandle> holder = holder(home);
		if (holder.isEmpty() || holder.get().pid() == ProcessHandle.current().pid()) {
			Files.deleteIfExists(home.resolve(PID));
		}
	}

}
