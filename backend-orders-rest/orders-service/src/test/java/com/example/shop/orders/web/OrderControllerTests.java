package com.example.shop.orders.web;

import com.example.shop.orders.order.OrderService;
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
 * The web adapter alone: requests the protocol layer must refuse before the domain is
 * asked anything. The domain is a mock only so that "never reached" can be asserted.
 */
@WebMvcTest({ OrderController.class, OrderAuditController.class })
// The web adapter alone: who may call it is the security tests' subject (*SecurityIT).
@AutoConfigureMockMvc(addFilters = false)
@Import(ProblemDetailsHandler.class)
class OrderControllerTests {

	private static final String VALID_BODY = """
			{"customerId": "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11", "customerName": "Hanbit Foods",
			 "lines": [{"sku": "SKU-0001", "productName": "Pen", "unitPrice": {"amount": "1000.00", "currency": "KRW"},
			            "quantity": 2}]}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OrderService orders;

	@MockitoBean
	IdempotentExecutor idempotent;

	@AfterEach
	void nothingReachedTheDomain() {
		verifyNoInteractions(this.orders, this.idempotent);
	}

	@Test
	void creatingWithoutAnIdempotencyKeyIsRefused() {
		assertThat(this.mvc.post().uri("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).content(VALID_BODY))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://shop.example.com/problems/idempotency-key-required");
	}

	@Test
	void aMalformedIdempotencyKeyIsRefused() {
		assertThat(refusedField(this.mvc.post()
			.uri("/api/v1/orders")
			.header("Idempotency-Key", "bad key with spaces")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID_BODY))).isEqualTo("Idempotency-Key");
	}

	@Test
	void aLifecycleActionWithoutIfMatchIs428() {
		assertThat(this.mvc.post().uri("/api/v1/orders/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/confirm"))
			.hasStatus(HttpStatus.PRECONDITION_REQUIRED)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://shop.example.com/problems/precondition-required");
	}

	@Test
	void aWeakOrListIfMatchIsRefusedAsInvalid() {
		assertThat(this.mvc.post()
			.uri("/api/v1/orders/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/confirm")
			.header("If-Match", "W/\"1\", \"2\"")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnknownStatusFilterNamesTheParameterAndTheAllowedValues() {
		assertThat(this.mvc.get().uri("/api/v1/orders?status=LOST")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("LOST", "PLACED", "CANCELLED");
	}

	@ParameterizedTest(name = "GET {0} is refused naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/orders?size=101                                           | size
			/api/v1/orders?sort=password,desc                                 | sort
			/api/v1/orders/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=0   | size
			/api/v1/orders/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=101 | size
			/api/v1/orders/not-a-uuid                                         | id
			""")
	void aQueryOutsideTheContractIsRefusedNamingTheParameter(String uri, String field) {
		assertThat(refusedField(this.mvc.get().uri(uri))).isEqualTo(field);
	}

}
