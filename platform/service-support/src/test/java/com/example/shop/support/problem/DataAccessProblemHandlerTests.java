package com.example.shop.support.problem;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import com.example.shop.problems.ProblemType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** How database refusals that reach the handler are answered. */
class DataAccessProblemHandlerTests {

	private final DataAccessProblemHandler handler = new DataAccessProblemHandler();

	private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("POST", "/things"));

	@Test
	void aValueTheDatabaseCannotStoreIsTheRequestsFaultNotAServerError() {
		// What PostgreSQL answers for a NUL character in text: SQLSTATE 22021.
		var ex = new DataIntegrityViolationException("insert failed",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

		ResponseEntity<ProblemDetail> response = this.handler.dataRefused(ex, this.request);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().getType()).isEqualTo(ProblemType.VALIDATION.uri());
		assertThat(response.getBody().getDetail()).doesNotContain("0x00", "insert");
	}

	@Test
	void otherIntegrityViolationsStayUnexpected() {
		// A foreign key the domain should have checked: a bug, not the client's fault.
		var ex = new DataIntegrityViolationException("insert failed",
				new SQLException("violates foreign key constraint", "23503"));

		ResponseEntity<ProblemDetail> response = this.handler.dataRefused(ex, this.request);

		assertThat(response.getStatusCode().value()).isEqualTo(500);
		assertThat(response.getBody().getType()).isEqualTo(ProblemType.INTERNAL.uri());
	}

}
