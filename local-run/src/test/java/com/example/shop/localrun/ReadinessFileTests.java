package com.example.shop.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReadinessFileTests {

	@Test
	void toolsReadTheActualPortsUntilTheRunStops(@TempDir Path home) throws Exception {
		ReadinessFile.claim(home);
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("ui.url", "http://127.0.0.1:40123");
		entries.put("postgres.orders.url", "jdbc:postgresql://127.0.0.1:40124/orders");
		ReadinessFile.write(home, entries);

		Properties read = ReadinessFile.read(home);
		assertThat(read).containsEntry("ui.url", "http://127.0.0.1:40123")
			.containsEntry("postgres.orders.url", "jdbc:postgresql://127.0.0.1:40124/orders");
		assertThat(Files.readAllLines(home.resolve(ReadinessFile.READY))).contains("ui.url=http://127.0.0.1:40123");

		ReadinessFile.release(home);
		assertThat(home.resolve(ReadinessFile.READY)).doesNotExist();
		assertThat(home.resolve(ReadinessFile.PID)).doesNotExist();
	}

	@Test
	void aSecondRunOnDataThatALiveRunHoldsIsRefused(@TempDir Path home) throws Exception {
		// A JVM that stays alive until the assertion: the launcher of "another" run.
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Holder.class.getName())
			.start();
		try {
			Files.writeString(home.resolve(ReadinessFile.PID), Long.toString(holder.pid()));

			assertThatIllegalStateException().isThrownBy(() -> ReadinessFile.claim(home))
				.withMessageContaining("already running")
				.withMessageContaining(Long.toString(holder.pid()));
		}
		finally {
			holder.destroy();
			holder.waitFor();
		}

		ReadinessFile.claim(home);
		assertThat(Files.readString(home.resolve(ReadinessFile.PID)))
			.isEqualTo(Long.toString(ProcessHandle.current().pid()));
	}

	/** Blocks until destroyed. */
	static final class Holder {

		public static void main(String[] args) throws Exception {
			Thread.currentThread().join();
		}

	}

}
