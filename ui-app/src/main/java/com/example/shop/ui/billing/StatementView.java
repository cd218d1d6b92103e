package com.example.shop.ui.billing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.Money;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.billing.Statement;
import com.example.shop.bff.billing.StatementFile;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.customer.CustomerStatement;
import com.example.shop.bff.customer.StatementPeriod;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Facts;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.PeriodFields;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.SvgCharts;
import com.example.shop.ui.base.UiErrors;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import reactor.core.publisher.Mono;

/**
 * A customer's statement over a period: opening and closing balance, each invoice, void
 * and payment with the running balance (billing's calculation), what the customer owes
 * today by age, the open invoices (each opens its invoice; billing and admins record a
 * payment right here), and the statement to download as billing's CSV or as a PDF. The
 * period is in the address ({@code ?from=2026-10-01&to=2026-10-31}, last month by
 * default, as billing's), so a reload or a shared link shows the same statement. A period
 * that is not one (unreadable, backward, longer than billing computes) is said under the
 * dates, and nothing is asked of billing; for a customer billing does not know, the page
 * says what the "not found" page says.
 */
@Route(Routes.STATEMENT)
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class StatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final PeriodFields period;

	final DatePicker from;

	final DatePicker to;

	/** What is wrong with the period, in words; hidden when nothing is. */
	final Paragraph problem;

	final Anchor csv;

	final Anchor pdf;

	private final ProgressBar progress = new ProgressBar();

	private final Div content = new Div();

	private final CustomerService customers;

	private final BillingDeskService billing;

	private final Formats formats;

	private final boolean mayRecordPayments;

	private UUID customerId;

	/** The statement shown, for the downloads; {@code null} until one has arrived. */
	private CustomerStatement shown;

	private String title = "";

	StatementView(CustomerService customers, BillingDeskService billing, Formats formats, AuthenticationContext user) {
		this.customers = customers;
		this.billing = billing;
		this.formats = formats;
		this.mayRecordPayments = user.hasAnyRole(Roles.BILLING, Roles.ADMIN);
		this.title = getTranslation("statement.title");
		this.period = new PeriodFields(getTranslation("statement.from"), getTranslation("statement.to"),
				StatementPeriod.MAX_DAYS, "statement-problem", formats);
		this.from = this.period.from;
		this.to = this.period.to;
		this.problem = this.period.problem;
		this.period.onChange((chosen) -> {
			chosen.ifPresent((p) -> getUI().ifPresent((ui) -> ui.getPage().getHistory().replaceState(null, address())));
			load(chosen);
		});
		this.csv = new Anchor(DownloadHandler.fromInputStream((event) -> csvFile()), getTranslation("statement.csv"));
		this.csv.getElement().setAttribute("download", true);
		this.pdf = new Anchor(DownloadHandler.fromInputStream((event) -> pdfFile()), getTranslation("statement.pdf"));
		this.pdf.getElement().setAttribute("download", true);
		HorizontalLayout fields = new HorizontalLayout(this.from, this.to, this.csv, this.pdf);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		fields.setWrap(true);
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		this.progress.setVisible(false);
		this.content.setWidthFull();
		add(new H2(this.title), fields, this.problem, this.progress, this.content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<UUID> id = event.getRouteParameters().get("id").flatMap(StatementView::uuid);
		if (id.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		this.customerId = id.get();
		StatementPeriod lastMonth = StatementPeriod.lastMonth(LocalDate.now(this.formats.zone()));
		load(this.period.restore(event.getLocation().getQueryParameters().getParameters(),
				new PeriodFields.Days(lastMonth.from(), lastMonth.to())));
	}

	/** Where this statement is: the customer and the period. */
	Location address() {
		return new Location(Routes.statement(this.customerId), new QueryParameters(this.period.parameters()));
	}

	/** Asks for the statement of the period, or nothing when the period is wrong. */
	private void load(Optional<PeriodFields.Days> period) {
		this.content.removeAll();
		this.shown = null;
		downloads(false);
		if (period.isEmpty()) {
			return;
		}
		LocalDate start = period.get().from();
		LocalDate end = period.get().to();
		UUID id = this.customerId;
		this.progress.setVisible(true);
		Async.load(this.customers.statement(id, start, end)
			.map(Optional::of)
			.onErrorResume(BackendNotFound.class, (ex) -> Mono.just(Optional.empty())), (statement) -> {
				if (id.equals(this.customerId) && start.equals(this.from.getValue())
						&& end.equals(this.to.getValue())) {
					statement.ifPresentOrElse(this::show, this::notFound);
				}
			}, () -> this.progress.setVisible(false));
	}

	/**
	 * Billing knows no such customer: what the "not found" page says, in its place. (The
	 * answer comes after navigating, when the router can no longer reroute.)
	 */
	private void notFound() {
		this.title = getTranslation("error-page.not-found.title");
		UI.getCurrent().getPage().setTitle(this.title);
		removeAll();
		add(new H2(this.title), new Paragraph(getTranslation("error-page.not-found.text")),
				Routes.link(getTranslation("error-page.home"), Routes.DASHBOARD));
		addClassName("error-page");
	}

	private void show(CustomerStatement page) {
		Statement s = page.statement();
		this.shown = page;
		this.title = getTranslation("statement.title-of", s.customerName());
		UI.getCurrent().getPage().setTitle(this.title);
		downloads(true);
		Facts balances = new Facts().fact("statement.opening", this.formats.money(s.openingBalance()))
			.fact("statement.invoiced", this.formats.money(s.invoiced()))
			.fact("statement.voided", this.formats.money(s.voided()))
			.fact("statement.paid", this.formats.money(s.paid()))
			.fact("statement.closing", this.formats.money(s.closingBalance()));
		balances.setId("statement-balances");
		this.content.add(new H3(Routes.link(s.customerName(), Routes.customer(s.customerId()))),
				new Paragraph(period(s)), balances, lines(s), new H3(getTranslation("statement.ageing")),
				Unavailable.or(page.receivables(), this::ageing), new H3(getTranslation("statement.open-invoices")),
				Unavailable.or(page.openInvoices(), this::openInvoices));
	}

	private String period(Statement s) {
		return getTranslation("statement.period", this.formats.date(s.from()), this.formats.date(s.to()));
	}

	private Grid<Statement.Line> lines(Statement s) {
		Grid<Statement.Line> grid = new Grid<>();
		grid.setId("statement-lines");
		grid.addColumn((l) -> this.formats.date(l.date()))
			.setHeader(getTranslation("statement.date"))
			.setAutoWidth(true);
		grid.addColumn((l) -> kind(l.kind())).setHeader(getTranslation("statement.kind")).setAutoWidth(true);
		grid.addColumn(Statement.Line::reference).setHeader(getTranslation("statement.reference")).setAutoWidth(true);
		Columns.figure(grid, "statement.debit", (l) -> blankIfZero(l.debit()));
		Columns.figure(grid, "statement.credit", (l) -> blankIfZero(l.credit()));
		Columns.figure(grid, "statement.balance", (l) -> this.formats.money(l.balance()));
		grid.setItems(s.lines());
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("statement.no-lines"));
		grid.setAriaLabel(getTranslation("statement.lines"));
		return grid;
	}

	private String kind(String kind) {
		return switch (kind) {
			case "INVOICE", "VOID", "PAYMENT" -> getTranslation("statement.kind." + kind);
			default -> kind;
		};
	}

	private String blankIfZero(Money money) {
		return (money.value().signum() == 0) ? "" : this.formats.money(money);
	}

	/**
	 * What is unpaid today by how long past due: a bar per bucket, coloured louder the
	 * longer overdue (as the dashboard's ageing), with each amount and count in words
	 * beside it.
	 */
	private Component ageing(ReceivablesSummary summary) {
		Facts facts = new Facts();
		facts.setId("statement-ageing");
		List<SvgCharts.Bar> bars = new ArrayList<>();
		for (ReceivablesSummary.Bucket bucket : summary.ageing()) {
			String label = getTranslation("ageing." + bucket.bucket().name());
			facts.fact("ageing." + bucket.bucket().name(),
					getTranslation("statement.ageing-amount", this.formats.money(bucket.amount()), bucket.invoices()));
			bars.add(new SvgCharts.Bar(label, new BigDecimal(bucket.amount().amount()).doubleValue(),
					this.formats.money(bucket.amount()), SvgCharts.ageingTone(bucket.fromDaysOverdue())));
		}
		facts.fact("statement.outstanding-today", this.formats.money(summary.outstanding()));
		Svg chart = new Svg(SvgCharts.rows(getTranslation("statement.ageing"), bars));
		chart.setId("statement-ageing-chart");
		Div both = new Div(chart, facts);
		both.addClassName("statement-ageing");
		return both;
	}

	private Component openInvoices(InvoicePage page) {
		InvoiceGrid grid = InvoiceGrid.listing(page.items(), this.formats, getTranslation("statement.open-invoices"));
		grid.setEmptyStateText(getTranslation("statement.no-open-invoices"));
		if (this.mayRecordPayments) {
			grid.addComponentColumn(this::recordPayment).setKey("record").setAutoWidth(true).setFlexGrow(0);
		}
		Routes.openRows(grid, (invoice) -> Routes.invoice(invoice.id()));
		return grid;
	}

	private Component recordPayment(Invoice invoice) {
		Button record = new Button(getTranslation("payment.record"));
		record.addThemeVariants(ButtonVariant.LUMO_SMALL);
		record.setVisible(invoice.payable());
		record.addClickListener((click) -> new PaymentDialog(invoice, this.billing, this.formats, (receipt) -> {
			Notices.done(getTranslation("payment.recorded", this.formats.money(receipt.payment().amount()),
					invoice.number()));
			load(this.period.current());
		}).open());
		return record;
	}

	private void downloads(boolean enabled) {
		this.csv.setEnabled(enabled);
		this.pdf.setEnabled(enabled);
	}

	/** Billing's CSV of the statement shown, byte for byte. */
	DownloadResponse csvFile() {
		if (this.shown == null) {
			return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
		}
		Statement s = this.shown.statement();
		StatementFile file;
		try {
			file = this.customers.statementCsv(s.customerId(), s.from(), s.to()).block();
		}
		catch (BackendFailure ex) {
			// The body is what the reader's browser shows: the UI's words, not the
			// backend's English.
			return DownloadResponse.error(HttpStatusCode.SERVICE_UNAVAILABLE, UiErrors.message(this, ex));
		}
		return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
				file.content().length);
	}

	/** The statement shown as a PDF, in the reader's language. */
	DownloadResponse pdfFile() {
		if (this.shown == null) {
			return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
		}
		byte[] pdf = pdf();
		Statement s = this.shown.statement();
		String name = "statement_%s_%s_%s.pdf".formatted(s.from(), s.to(), s.customerId().toString().substring(0, 8));
		return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
	}

	private byte[] pdf() {
		Statement s = this.shown.statement();
		List<StatementPdf.Fact> facts = List.of(
				new StatementPdf.Fact(getTranslation("statement.opening"), this.formats.money(s.openingBalance())),
				new StatementPdf.Fact(getTranslation("statement.invoiced"), this.formats.money(s.invoiced())),
				new StatementPdf.Fact(getTranslation("statement.voided"), this.formats.money(s.voided())),
				new StatementPdf.Fact(getTranslation("statement.paid"), this.formats.money(s.paid())),
				new StatementPdf.Fact(getTranslation("statement.closing"), this.formats.money(s.closingBalance())));
		List<String> header = List.of(getTranslation("statement.date"), getTranslation("statement.kind"),
				getTranslation("statement.reference"), getTranslation("statement.debit"),
				getTranslation("statement.credit"), getTranslation("statement.balance"));
		List<List<String>> rows = new ArrayList<>();
		for (Statement.Line l : s.lines()) {
			rows.add(List.of(this.formats.date(l.date()), kind(l.kind()), String.valueOf(l.reference()),
					blankIfZero(l.debit()), blankIfZero(l.credit()), this.formats.money(l.balance())));
		}
		return StatementPdf.render(getTranslation("statement.title-of", s.customerName()), period(s), facts, header,
				rows);
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

	private static Optional<UUID> uuid(String text) {
		return parsed(() -> UUID.fromString(text));
	}

	/** What a parser makes of text, or empty when it refuses it. */
	private static <T> Optional<T> parsed(Supplier<T> parser) {
		try {
			return Optional.of(parser.get());
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
