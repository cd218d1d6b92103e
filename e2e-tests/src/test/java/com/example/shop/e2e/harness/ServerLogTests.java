package com.example.shop.e2e.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed test keeps the server log lines of its own time window. */
class ServerLogTests {

	@TempDir
	Path dir;

	@Test
	void keepsOnlyTheLinesWrittenSinceTheMark() throws IOException {
		Path file = this.dir.resolve("local-run.log");
		Files.writeString(file, "orders  | before the test\n", StandardCharsets.UTF_8);
		ServerLog log = new ServerLog(file);
		long mark = log.mark();
		Files.writeString(file, "billing | during the test: 한국어\nui      | and this\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);

		assertThat(log.since(mark, ServerLog.LineSelector.all())).containsExactly("billing | during the test: 한국어",
				"ui      | and this");
	}

	@Test
	void selectsTheLinesCarryingATraceId() throws IOException {
		Path file = this.dir.resolve("local-run.log");
		ServerLog log = new ServerLog(file);
		long mark = log.mark();
		Files.writeString(file, "ui | [4bf92f3577b34da6a3ce929d0e0e4736] placed\nui | [0af7651916cd43dd] other\n",
				StandardCharsets.UTF_8);

		assertThat(log.since(mark, ServerLog.LineSelector.carrying("4bf92f3577b34da6a3ce929d0e0e4736")))
			.containsExactly("ui | [4bf92f3577b34da6a3ce929d0e0e4736] placed");
	}

	@Test
	void aFailedTestsServerLogLeadsWithItsOwnLinesThenTheWholeWindow() throws IOException {
		Path file = this.dir.resolve("local-run.log");
		ServerLog log = new ServerLog(file);
		var window = new FailureArtifacts.ServerLogWindow(log, log.mark(), "4bf92f3577b34da6a3ce929d0e0e4736");
		Files.writeString(file,
				"ui | [,,] pushed\nui | [4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7,sales] refused\n",
				StandardCharsets.UTF_8);

		assertThat(window.lines("PlaceOrderIT.x")).containsExactly(
				"# PlaceOrderIT.x: 1 lines carry its trace id 4bf92f3577b34da6a3ce929d0e0e4736:",
				"ui | [4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7,sales] refused", "",
				"# Every line the services wrote while it ran (2; tests running in parallel may have added some):",
				"ui | [,,] pushed", "ui | [4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7,sales] refused");
	}

}
