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
		ResponseEntity<ProblemDetail> response = refused("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().getType()).isEqualTo(ProblemType.VALIDATION.uri());
		assertThat(response.getBody().getDetail()).doesNotContain("0x00", "insert");
	}

	@Test
	void otherIntegrityViolationsStayUnexpected() {
		// A foreign key the domain should have checked: a bug, not the client's fault.
		ResponseEntity<ProblemDetail> response = refused("violates foreign key constraint", "23503");

		assertThat(response.getStatusCode().value()).isEqualTo(500);
		assertThat(response.getBody().getType()).isEqualTo(ProblemType.INTERNAL.uri());
	}

	/** The handler's answer to an insert the database refused with this SQLSTATE. */
	private ResponseEntity<ProblemDetail> refused(String message, String sqlState) {
		return this.handler.dataRefused(
				new DataIntegrityViolationException("insert failed", new SQLException(message, sqlState)),
				this.request);
	}

}
