package com.example.shop.support.problem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** How domain refusals are answered. */
class ProblemDetailsHandlerTests {

	private final ProblemDetailsHandler handler = new ProblemDetailsHandler();

	private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("GET", "/things"));

	@Test
	void aDomainValidationProblemLooksLikeEveryOtherValidationProblem() {
		ResponseEntity<Object> response = this.handler.domain(new DomainRefusal.Invalid("sort", "is not sortable"),
				this.request);

		ProblemDetail problem = (ProblemDetail) response.getBody();
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(problem.getType()).isEqualTo(ProblemType.VALIDATION.uri());
		assertThat(problem.getTitle()).isEqualTo("Invalid request");
		assertThat(problem.getProperties()).containsKey("errors");
	}

	@Test
	void aStaleVersionIs412AndSaysWhichVersionIsCurrent() {
		ResponseEntity<Object> response = this.handler.domain(new DomainRefusal.StaleVersion("Order", "o-1", 2, 5),
				this.request);

		ProblemDetail problem = (ProblemDetail) response.getBody();
		assertThat(response.getStatusCode().value()).isEqualTo(412);
		assertThat(problem.getType()).isEqualTo(ProblemType.VERSION_MISMATCH.uri());
		assertThat(problem.getProperties()).containsAllEntriesOf(Map.of("currentVersion", 5L, "expectedVersion", 2L));
	}

}
