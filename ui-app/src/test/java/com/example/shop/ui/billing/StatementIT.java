package com.example.shop.ui.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's statement page: balances, lines, ageing and open invoices from one period
 * kept in the address; a bad period said in words with nothing loaded; billing's CSV byte
 * for byte and a PDF that reads back with the customer's (Korean) name; a payment
 * recorded from the page; an unknown customer's page says "not found".
 */
@SignedIn(value = "billing", roles = "BILLING")
class StatementIT extends UiIntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private static final LocalDate FROM = TODAY.minusDays(7);

	private static final LocalDate TO = TODAY.plusDays(1);

	private UUID customer;

	private String name;

	@BeforeEach
	void arrange() {
		this.customer = this.data.customer("1000000.00");
		this.name = "한빛 상사 " + UUID.randomUUID().toString().substring(0, 8);
		this.data.renameCustomer(this.customer, this.name);
		String invoice = this.data.invoice(this.customer, "1000.00");
		this.data.pay(invoice, "400.00");
	}

	@Test
	void thePageShowsTheBalancesTheLinesTheAgeingAndTheOpenInvoices() {
		StatementView view = openStatement("?from=" + FROM + "&to=" + TO);

		assertThat(text("statement-balances")).contains("Opening balance", "₩0", "Invoiced", "₩1,000", "Paid", "₩400",
				"Closing balance", "₩600");
		assertThat(test(lines()).size()).isEqualTo(2);
		assertThat(test(lines()).getCellText(0, 1)).isEqualTo("Invoice");
		assertThat(test(lines()).getCellText(1, 1)).isEqualTo("Payment");
		assertThat(test(lines()).getCellText(1, 5)).isEqualTo("₩600");
		assertThat(text("statement-ageing")).contains("Not yet due", "₩600 (1 invoice)", "₩0 (no invoices)");
		String chart = $(Svg.class).id("statement-ageing-chart").getElement().getProperty("innerHTML");
		assertThat(chart).as("a bar per bucket, what is not yet due in the calm tone")
			.contains(">Not yet due</text><rect class=\"bar tone-success\"", "<title>Not yet due: ₩600</title>");
		assertThat(chart.split("<rect class=\"bar ", -1)).hasSize(1 + 5);
		assertThat(test($(InvoiceGrid.class).single()).size()).isEqualTo(1);
		assertThat(view.csv.isEnabled()).isTrue();
		assertThat(view.problem.isVisible()).isFalse();
	}

	@Test
	void thePeriodInTheAddressSurvivesAReloadAndAChangeIsWrittenBack() {
		openStatement("?from=" + FROM + "&to=" + TO);
		reopen();
		StatementView view = openStatement("?from=" + FROM + "&to=" + TO);

		assertThat(view.from.getValue()).isEqualTo(FROM);
		assertThat(view.to.getValue()).isEqualTo(TO);
		view.from.setValue(FROM.minusDays(1));
		assertThat(view.address().getPathWithQueryParameters())
			.isEqualTo("customer/" + this.customer + "/statement?from=" + FROM.minusDays(1) + "&to=" + TO);
	}

	@Test
	void withoutAPeriodItIsLastMonthAsBillingsDefault() {
		StatementView view = openStatement("");

		assertThat(view.from.getValue()).isEqualTo(TODAY.minusMonths(1).withDayOfMonth(1));
		assertThat(view.to.getValue()).isEqualTo(TODAY.withDayOfMonth(1).minusDays(1));
	}

	@Test
	void aBadPeriodIsSaidInWordsAndNothingIsLoaded() {
		assertThat(badPeriod("?from=" + TO + "&to=" + FROM)).isEqualTo("From must not be after To.");
		assertThat(badPeriod("?from=2024-01-01&to=2025-01-01"))
			.isEqualTo("A period covers at most 366 days. Pick a shorter one.");
		assertThat(badPeriod("?from=yesterday&to=" + TO))
			.isEqualTo("The period is not a pair of dates. Pick the dates above.");
	}

	@Test
	void theCsvDownloadIsBillingsFileByteForByte() throws IOException {
		StatementView view = openStatement("?from=" + FROM + "&to=" + TO);

		DownloadResponse csv = view.csvFile();

		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getFileName()).startsWith("statement_").endsWith(".csv");
		assertThat(csv.getInputStream().readAllBytes())
			.isEqualTo(this.data.statementCsv(this.customer, FROM, TO).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aCsvDownloadBillingDoesNotAnswerSaysSoInTheReadersLanguageNotInTheBackendsWords() {
		StatementView view = openStatement("?from=" + FROM + "&to=" + TO);
		UI.getCurrent().setLocale(java.util.Locale.KOREAN);
		this.backends.billing.refuse();

		DownloadResponse csv = view.csvFile();

		assertThat(csv.getError()).isEqualTo(503);
		assertThat(csv.getErrorMessage()).isEqualTo("billing 서비스가 제시간에 응답하지 않았습니다. 잠시 후 다시 시도하세요.");
	}

	@Test
	void thePdfDownloadIsAPdfThatReadsBackWithTheCustomersKoreanName() throws IOException {
		StatementView view = openStatement("?from=" + FROM + "&to=" + TO);

		DownloadResponse pdf = view.pdfFile();
		byte[] bytes = pdf.getInputStream().readAllBytes();

		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PdfReader reader = new PdfReader(bytes)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains(this.name, "Closing balance", "₩600", "Payment");
		}
	}

	@Test
	void aPaymentRecordedFromThePageSettlesTheOpenInvoice() {
		openStatement("?from=" + FROM + "&to=" + TO);
		InvoiceGrid open = $(InvoiceGrid.class).single();

		Button record = (Button) test(open).getCellComponent(0, "record");
		test(record).click();
		PaymentDialog dialog = $(PaymentDialog.class).single();
		assertThat(dialog.amount.getValue()).isEqualByComparingTo(new BigDecimal("600"));
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());
		awaitScreen(() -> $(Div.class).withId("statement-balances")
			.all()
			.stream()
			.anyMatch((d) -> d.getElement().getTextRecursively().contains("₩1,000") && test(lines()).size() == 3));

		assertThat(test($(InvoiceGrid.class).single()).size()).isZero();
	}

	@Test
	void anUnknownCustomersStatementSaysNotFound() {
		open(Routes.statement(UUID.randomUUID()));

		awaitScreen(() -> $(H2.class).all().stream().anyMatch((h) -> h.getText().equals("Page not found")));
	}

	private StatementView openStatement(String query) {
		StatementView view = at(query);
		awaitScreen(() -> !$(Div.class).withId("statement-balances").all().isEmpty());
		return view;
	}

	private String badPeriod(String query) {
		StatementView view = at(query);
		runPendingUiTasks();
		assertThat($(Div.class).withId("statement-balances").all()).as("nothing loaded").isEmpty();
		assertThat(view.problem.isVisible()).isTrue();
		assertThat(view.csv.isEnabled()).isFalse();
		return view.problem.getText();
	}

	/**
	 * Opens the customer's statement at an address with this query ("" or "?from=...").
	 */
	private StatementView at(String query) {
		UI.getCurrent()
			.navigate(Routes.statement(this.customer), QueryParameters.fromString(query.replaceFirst("^\\?", "")));
		return (StatementView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
	}

	private String text(String id) {
		return $(Div.class).withId(id).single().getElement().getTextRecursively();
	}

	@SuppressWarnings("unchecked")
	private Grid<com.example.shop.bff.billing.Statement.Line> lines() {
		return $(Grid.class).withId("statement-lines").single();
	}

}
