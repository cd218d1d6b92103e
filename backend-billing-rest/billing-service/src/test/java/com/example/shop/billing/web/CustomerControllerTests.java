package com.example.shop.billing.web;

import com.example.shop.billing.customer.CustomerService;
import com.example.shop.support.idempotency.IdempotentExecutor;
import com.example.shop.support.problem.ProblemDetailsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static com.example.shop.testsupport.http.MvcProblems.refusedField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The customers web adapter alone: requests the protocol layer must refuse before the
 * domain is asked anything. The domain is a mock only so that "never reached" can be
 * asserted.
 */
@WebMvcTest(CustomerController.class)
// The web adapter alone: who may call it is the security tests' subject (*SecurityIT).
@AutoConfigureMockMvc(addFilters = false)
@Import(ProblemDetailsHandler.class)
class CustomerControllerTests {

	private static final String ID = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";

	private static final String VALID_BODY = """
			{"name": "Hanbit Foods", "email": "ap@hanbit.example.com",
			 "creditLimit": {"amount": "5000000.00", "currency": "KRW"}, "paymentTermsDays": 30}""";

	private static final String VALID_UPDATE = """
			{"name": "Hanbit Foods", "email": "ap@hanbit.example.com",
			 "creditLimit": {"amount": "5000000.00", "currency": "KRW"}, "paymentTermsDays": 30, "status": "ACTIVE"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CustomerService customers;

	@MockitoBean
	IdempotentExecutor idempotent;

	@AfterEach
	void nothingReachedTheDomain() {
		verifyNoInteractions(this.customers, this.idempotent);
	}

	@Test
	void openingAnAccountWithoutAnIdempotencyKeyIsRefused() {
		assertThat(this.mvc.post().uri("/api/v1/customers").contentType(MediaType.APPLICATION_JSON).content(VALID_BODY))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://shop.example.com/problems/idempotency-key-required");
	}

	@Test
	void invalidFieldsAreAllNamedAtOnce() {
		String body = """
				{"name": " ", "email": "not-an-email", "creditLimit": {"amount": "-1", "currency": "won"},
				 "paymentTermsDays": 366}""";

		var result = this.mvc.post()
			.uri("/api/v1/customers")
			.header("Idempotency-Key", "customer-key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "email", "creditLimit.amount", "creditLimit.currency",
					"paymentTermsDays");
	}

	@Test
	void anUpdateWithoutIfMatchIs428() {
		assertThat(this.mvc.put()
			.uri("/api/v1/customers/" + ID)
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID_UPDATE)).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://shop.example.com/problems/precondition-required");
	}

	@Test
	void anUpdateWithAnUnknownStatusNamesTheField() {
		assertThat(refusedField(this.mvc.put()
			.uri("/api/v1/customers/" + ID)
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID_UPDATE.replace("ACTIVE", "CLOSED")))).isEqualTo("status");
	}

	@ParameterizedTest(name = "GET {0} is refused naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/customers?size=101                                                   | size
			/api/v1/customers?sort=version,desc                                          | sort
			/api/v1/customers/lookup                                                     | id
			/api/v1/customers/lookup?id=6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11&id=42       | id
			/api/v1/customers/not-a-uuid                                                 | id
			/api/v1/customers/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=0          | size
			/api/v1/customers/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=101        | size
			/api/v1/customers/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=-5         | size
			/api/v1/customers/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=2147483648 | size
			/api/v1/customers/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=ten        | size
			""")
	void aQueryOutsideTheContractIsRefusedNamingTheParameter(String uri, String field) {
		assertThat(refusedField(this.mvc.get().uri(uri))).isEqualTo(field);
	}

}
