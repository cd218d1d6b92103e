package com.example.shop.support.logging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing request leaves exactly one ERROR line, which names its trace; a refused bad
 * input leaves at most one INFO line and nothing louder (human console, as in the local
 * run).
 */
@SpringBootTest(classes = LoggedRequests.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RequestLogLinesIT {

	@LocalServerPort
	int port;

	@BeforeAll
	static void loggingSetUpAfresh() {
		// Another test class may have left the JSON format set up (StructuredLogLinesIT).
		LoggingSystem.get(RequestLogLinesIT.class.getClassLoader()).cleanUp();
	}

	@Test
	void aServerErrorLogsOneErrorLineWithTheTraceId(CapturedOutput output) {
		String logged = LoggedRequests.loggedWhileAnswering(output, this.port, "/fails", 500);

		assertThat(LoggedRequests.lines(logged, "ERROR")).singleElement()
			.asString()
			.contains(LoggedRequests.TRACE_ID)
			.contains("/fails");
	}

	@Test
	void aRefusedBadInputLogsAtMostOneInfoLine(CapturedOutput output) {
		String logged = LoggedRequests.loggedWhileAnswering(output, this.port, "/counts?count=many", 400);

		assertThat(LoggedRequests.lines(logged, "ERROR")).isEmpty();
		assertThat(LoggedRequests.lines(logged, "WARN")).isEmpty();
		assertThat(
				LoggedRequests.lines(logged, "INFO").stream().filter((line) -> line.contains(LoggedRequests.TRACE_ID)))
			.hasSizeLessThanOrEqualTo(1);
	}

}
