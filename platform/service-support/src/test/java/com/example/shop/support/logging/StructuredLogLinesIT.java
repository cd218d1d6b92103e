package com.example.shop.support.logging;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
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
 * As deployed (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs): every line is one JSON object, and
 * a failing request's ERROR line has the trace and span ids as fields.
 */
@SpringBootTest(classes = LoggedRequests.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogLinesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/**
	 * Boot sets logging up once per JVM while it stays set up: another test's context has
	 * set up the console format already, so start this one afresh, and leave it for the
	 * next.
	 */
	@BeforeAll
	@AfterAll
	static void loggingSetUpAfresh() {
		LoggingSystem.get(StructuredLogLinesIT.class.getClassLoader()).cleanUp();
	}

	@Test
	void aServerErrorIsOneJsonLineWithTraceAndSpanIds(CapturedOutput output) {
		String logged = LoggedRequests.loggedWhileAnswering(output, this.port, "/fails", 500);

		assertThat(LoggedRequests.lines(logged, "ERROR")).singleElement().satisfies((line) -> {
			JsonNode json = JSON.readTree(line);
			assertThat(json.path("log").path("level").asString()).isEqualTo("ERROR");
			assertThat(json.path("traceId").asString()).isEqualTo(LoggedRequests.TRACE_ID);
			assertThat(json.path("spanId").asString()).hasSize(16);
		});
	}

}
