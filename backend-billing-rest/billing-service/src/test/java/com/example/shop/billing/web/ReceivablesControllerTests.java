package com.example.shop.billing.web;

import java.math.BigDecimal;
import java.util.Currency;

import com.example.shop.billing.receivables.ReceivablesService;
import com.example.shop.support.problem.ProblemDetailsHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static com.example.shop.testsupport.http.MvcProblems.refusedField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The credit check's query parameters are checked before any figure is read. */
@WebMvcTest(ReceivablesController.class)
// The web adapter alone: who may call it is the security tests' subject (*SecurityIT).
@AutoConfigureMockMvc(addFilters = false)
@Import(ProblemDetailsHandler.class)
class ReceivablesControllerTests {

	private static final String ID = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ReceivablesService receivables;

	@BeforeEach
	void businessCurrency() {
		given(this.receivables.currency()).willReturn(Currency.getInstance("KRW"));
	}

	@ParameterizedTest(name = "amount={0}&currency={1} is refused naming {2}")
	@CsvSource({ "abc, KRW, amount", "1e5, KRW, amount", "-1, KRW, amount", "1.005, KRW, amount",
			"1234567890123456, KRW, amount", "100.00, USD, currency", "100.00, krw, currency" })
	void aCreditCheckForABadAmountIsA400NamingTheParameter(String amount, String currency, String field) {
		assertThat(refusedField(this.mvc.get()
			.uri("/api/v1/customers/" + ID + "/credit-check?amount={amount}&currency={currency}", amount, currency)))
			.isEqualTo(field);
		verify(this.receivables, never()).creditCheck(any(), any(BigDecimal.class));
	}

	@Test
	void aCreditCheckWithoutAnAmountIsA400() {
		assertThat(refusedField(this.mvc.get().uri("/api/v1/customers/" + ID + "/credit-check"))).isEqualTo("amount");
		verify(this.receivables, never()).creditCheck(any(), any(BigDecimal.class));
	}

}
