package com.example.shop.billing.web;

import com.example.shop.billing.invoice.InvoiceService;
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
 * The invoices web adapter alone: requests the protocol layer must refuse before the
 * domain is asked anything.
 */
@WebMvcTest(InvoiceController.class)
// The web adapter alone: who may call it is the security tests' subject (*SecurityIT).
@AutoConfigureMockMvc(addFilters = false)
@Import(ProblemDetailsHandler.class)
class InvoiceControllerTests {

	private static final String ID = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";

	private static final String ISSUE = """
			{"orderId": "0b0e2a4c-79b1-4b7e-8a3b-0c2f7e6d9a10", "customerId": "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11",
			 "amount": {"amount": "1250.00", "currency": "KRW"}}""";

	private static final String PAYMENT = """
			{"amount": {"amount": "100.00", "currency": "KRW"}, "method": "BANK_TRANSFER"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	InvoiceService invoices;

	@MockitoBean
	IdempotentExecutor idempotent;

	@AfterEach
	void nothingReachedTheDomain() {
		verifyNoInteractions(this.invoices, this.idempotent);
	}

	@Test
	void issuingWithoutAnIdempotencyKeyIsRefused() {
		assertThat(this.mvc.post().uri("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(ISSUE))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://shop.example.com/problems/idempotency-key-required");
	}

	@Test
	void aPaymentWithoutAnIdempotencyKeyIsRefused() {
		assertThat(refusedField(this.mvc.post()
			.uri("/api/v1/invoices/" + ID + "/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PAYMENT))).isEqualTo("Idempotency-Key");
	}

	@Test
	void aPaymentAmountThatIsNotAPlainDecimalWithTwoFractionDigitsIsRefused() {
		for (String amount : new String[] { "\"100.001\"", "\"-1\"", "\"1e3\"", "\"\"", "null" }) {
			assertThat(this.mvc.post()
				.uri("/api/v1/invoices/" + ID + "/payments")
				.header("Idempotency-Key", "payment-key-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(PAYMENT.replace("\"100.00\"", amount))).as(amount).hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

	@Test
	void aPaymentWithAnUnknownMethodNamesTheField() {
		assertThat(refusedField(this.mvc.post()
			.uri("/api/v1/invoices/" + ID + "/payments")
			.header("Idempotency-Key", "payment-key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PAYMENT.replace("BANK_TRANSFER", "BITCOIN")))).isEqualTo("method");
	}

	@Test
	void voidingWithoutIfMatchIs428() {
		assertThat(this.mvc.post().uri("/api/v1/invoices/" + ID + "/void")).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://shop.example.com/problems/precondition-required");
	}

	@Test
	void aWeakIfMatchIsRefusedAsInvalid() {
		assertThat(this.mvc.post().uri("/api/v1/invoices/" + ID + "/void").header("If-Match", "W/\"1\""))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnknownStatusFilterNamesTheParameterAndTheAllowedValues() {
		assertThat(this.mvc.get().uri("/api/v1/invoices?status=LATE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("LATE", "OPEN", "OVERDUE", "PAID", "VOID");
	}

	@ParameterizedTest(name = "GET {0} is refused naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/invoices?orderId=ORD-000001                                        | orderId
			/api/v1/invoices?sort=customer_id                                          | sort
			/api/v1/invoices/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=0          | size
			/api/v1/invoices/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=101        | size
			/api/v1/invoices/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=-5         | size
			/api/v1/invoices/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=2147483648 | size
			/api/v1/invoices/6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11/audit?size=ten        | size
			""")
	void aQueryOutsideTheContractIsRefusedNamingTheParameter(String uri, String field) {
		assertThat(refusedField(this.mvc.get().uri(uri))).isEqualTo(field);
	}

}
