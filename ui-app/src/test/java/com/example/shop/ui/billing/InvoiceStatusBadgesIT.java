package com.example.shop.ui.billing;

import java.time.LocalDate;
import java.util.List;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.AgeingBucket;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoiceQuery;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.support.BusinessSettings;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invoice's status is a badge in the tone of its meaning, with its word, in the list
 * and on the invoice's page; the status filter shows how many invoices are in each status
 * today.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class InvoiceStatusBadgesIT extends UiIntegrationTest {

	private static final String OPEN_TONE = "open is under way: Lumo's plain (blue) badge";

	@Autowired
	BusinessSettings settings;

	@Test
	void theListAndTheInvoicesPageShowTheStatusAsABadgeInItsToneWithItsWord() {
		Placement.Placed placed = placeOne();
		InvoicesView view = navigate(InvoicesView.class);
		view.search.setValue(placed.invoice().number());

		Invoice row = firstPage(view).getFirst();
		assertThat(row.id()).isEqualTo(placed.invoice().id());
		statusCell(view, row).assertShows("Open", "OPEN", OPEN_TONE, "badge");
		Invoice overdue = new Invoice(row.id(), row.number(), row.orderId(), row.customerId(), InvoiceStatus.OVERDUE,
				row.payable(), row.amount(), row.paidAmount(), row.outstandingAmount(), row.issueDate(), row.dueDate(),
				3, null, row.createdAt(), row.updatedAt(), row.version());
		assertThat(statusCell(view, overdue).themes()).as("overdue needs attention: red")
			.containsExactlyInAnyOrder("badge", "error");
		assertThat(statusCell(view, overdue).text()).isEqualTo("Overdue");

		open(Routes.invoice(placed.invoice().id()));
		badgeShown("invoice-status").assertShows("Open", "OPEN", OPEN_TONE, "badge");
	}

	@Test
	void theStatusFilterShowsEachStatusWithItsCountToday() {
		placeOne();
		InvoicesView view = navigate(InvoicesView.class);
		awaitScreen(() -> view.statuses.getItemLabelGenerator().apply(InvoiceStatus.OPEN).contains("("));

		ReceivablesSummary summary = ServiceIdentity.runAsService(this.billingBackend.receivables()).block();
		long open = summary.invoicesByStatus().get(InvoiceStatus.OPEN);
		assertThat(open).isPositive();
		assertThat(view.statuses.getItemLabelGenerator().apply(InvoiceStatus.OPEN)).isEqualTo("Open (" + open + ")");
		assertThat(view.statuses.getItemLabelGenerator().apply(InvoiceStatus.VOID))
			.isEqualTo("Void (" + summary.invoicesByStatus().getOrDefault(InvoiceStatus.VOID, 0L) + ")");
		assertThat(view.statuses.getHelperText()).isEqualTo("Counts: all invoices, as of today");
		assertThat(ServiceIdentity
			.runAsService(this.billingBackend
				.invoices(new InvoiceQuery(List.of(), null, List.of(InvoiceStatus.OPEN), 0, 1, List.of())))
			.block()
			.total()).as("the count is what the list finds").isEqualTo(open);
	}

	@Test
	void anAgeingBucketInTheAddressListsOnlyItsInvoices() {
		Placement.Placed placed = placeOne();
		LocalDate today = LocalDate.now(this.settings.businessZone());

		InvoicesView current = (InvoicesView) open("invoices?ageing=CURRENT");

		assertThat(current.ageing.getValue()).isEqualTo(AgeingBucket.CURRENT);
		assertThat(current.filters().getParameters()).containsEntry("ageing", List.of("CURRENT"));
		List<Invoice> notYetDue = firstPage(current);
		assertThat(notYetDue).extracting(Invoice::id).contains(placed.invoice().id());
		assertThat(notYetDue).allSatisfy((invoice) -> {
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
			assertThat(invoice.dueDate()).isAfterOrEqualTo(today);
		});

		InvoicesView overdue = (InvoicesView) open("invoices?ageing=DAYS_1_30");

		assertThat(firstPage(overdue)).allSatisfy((invoice) -> {
			assertThat(invoice.status()).isEqualTo(InvoiceStatus.OVERDUE);
			assertThat(invoice.daysOverdue()).isBetween(1L, 30L);
		});
		assertThat(firstPage(overdue)).extracting(Invoice::id).doesNotContain(placed.invoice().id());
	}

	private static ShownBadge statusCell(InvoicesView view, Invoice invoice) {
		return badge(view.grid, "status", invoice);
	}

	private static List<Invoice> firstPage(InvoicesView view) {
		return rowsShown(view.grid);
	}

}
