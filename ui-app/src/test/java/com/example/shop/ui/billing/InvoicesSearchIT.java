package com.example.shop.ui.billing;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.Money;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing finds an invoice by its customer or its order: the list's customer and order
 * columns, its search kept in the address, the invoice page's link to its order, and the
 * customers list's balance column.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class InvoicesSearchIT extends UiIntegrationTest {

	@Autowired
	Formats formats;

	@Test
	void theSearchFindsAnInvoiceByWordsOfItsCustomersNameAndShowsCustomerAndOrder() {
		Placement.Placed placed = placeOne();
		placeOne();
		InvoicesView view = navigate(InvoicesView.class);
		String[] words = placed.order().customerName().split(" ");

		view.search.setValue(words[words.length - 1].toUpperCase() + " customer");

		List<Invoice> found = firstPage(view.grid);
		assertThat(found).extracting(Invoice::id).containsExactly(placed.invoice().id());
		assertThat(view.customerOf(found.getFirst())).isEqualTo(placed.order().customerName());
		assertThat(view.orderOf(found.getFirst())).isEqualTo(placed.order().number());
		assertThat(view.grid.getColumnByKey("customer").getHeaderText()).isEqualTo("Customer");
		assertThat(view.grid.getColumnByKey("order").getHeaderText()).isEqualTo("Order");
	}

	@Test
	void theExportHoldsWhatTheFiltersFindWithCustomerAndOrderAndALooselyTypedOrderNumberFindsIt() throws Exception {
		Placement.Placed placed = placeOne();
		InvoicesView view = navigate(InvoicesView.class);
		String number = placed.order().number();

		view.search.setValue("ord-" + number.substring(4).replaceFirst("^0+", ""));
		CsvExport.File file = view.export.file();

		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(file.text())).getRecords();
		assertThat(rows.getFirst().values()).containsExactly("Number", "Customer", "Order", "Status", "Amount",
				"Outstanding", "Currency", "Issued", "Due");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).values()).startsWith(placed.invoice().number(), placed.order().customerName(), number,
				"Open");
		assertThat(rows.get(1).get(4)).isEqualTo(placed.invoice().amount().amount());
		assertThat(rows.get(1).get(7)).isEqualTo(placed.invoice().issueDate().toString());
	}

	@Test
	void theSearchFindsAnInvoiceByItsOrdersNumberAndKeepsItInTheAddress() {
		Placement.Placed placed = placeOne();
		InvoicesView view = navigate(InvoicesView.class);

		view.search.setValue(placed.order().number());
		view.statuses.setValue(java.util.Set.of(InvoiceStatus.OVERDUE, InvoiceStatus.OPEN));

		assertThat(firstPage(view.grid)).extracting(Invoice::id).containsExactly(placed.invoice().id());
		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of(placed.order().number())),
				Map.entry("status", List.of("OPEN,OVERDUE")));
	}

	@Test
	void theSearchAndStatusesComeFromTheAddressSoAReloadOrALinkKeepsThem() {
		Placement.Placed placed = placeOne();
		UI.getCurrent()
			.navigate(Routes.INVOICES,
					QueryParameters.simple(Map.of("q", placed.invoice().number(), "status", "PAID,NOPE")));
		InvoicesView view = (InvoicesView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

		assertThat(view.search.getValue()).isEqualTo(placed.invoice().number());
		assertThat(view.statuses.getSelectedItems()).containsExactly(InvoiceStatus.PAID);
		assertThat(firstPage(view.grid)).as("its invoice is open, not paid").isEmpty();
		assertThat(view.grid.getEmptyStateComponent()).isSameAs(view.empty);
		assertThat(view.empty.getText()).startsWith("No invoices match.");

		view.statuses.clear();

		assertThat(firstPage(view.grid)).extracting(Invoice::id).containsExactly(placed.invoice().id());
	}

	@Test
	void theEmptyStatesButtonClearsEveryFilter() {
		placeOne();
		UI.getCurrent()
			.navigate(Routes.INVOICES,
					QueryParameters.simple(Map.of("q", "zebra", "status", "VOID", "ageing", "DAYS_OVER_90")));
		InvoicesView view = (InvoicesView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
		assertThat(firstPage(view.grid)).isEmpty();

		test($(Button.class, view.empty).single()).click();

		assertThat(view.filters().getParameters()).isEmpty();
		assertThat(view.ageing.getValue()).isNull();
		assertThat(firstPage(view.grid)).isNotEmpty();
	}

	@Test
	void theInvoicePageLinksToItsOrder() {
		Placement.Placed placed = placeOne();

		navigate(InvoiceView.class, placed.invoice().id().toString());
		awaitScreen(() -> !$(Div.class).withId("invoice-order").all().isEmpty());

		Anchor link = $(Anchor.class, $(Div.class).withId("invoice-order").single()).single();
		assertThat(link.getText()).isEqualTo(placed.order().number());
		assertThat(link.getHref()).isEqualTo(Routes.order(placed.order().id()));
	}

	@Test
	void theCustomersListShowsWhatEachCustomerOwes() {
		Placement.Placed placed = placeOne();
		CustomersView view = navigate(CustomersView.class);

		view.search.setValue(placed.order().customerName());

		List<Customer> found = firstPage(view.grid);
		assertThat(found).extracting(Customer::id).containsExactly(placed.order().customerId());
		assertThat(view.balanceOf(found.getFirst(), this.formats))
			.isEqualTo(this.formats.money(new Money("100.00", "KRW")));
		assertThat(view.grid.getColumnByKey("balance").getHeaderText()).isEqualTo("Balance");
	}

	/** The grid's first page, as the grid asks its lazy data provider for it. */
	@SuppressWarnings("unchecked")
	private static <T> List<T> firstPage(Grid<T> grid) {
		return ((DataProvider<T, Object>) grid.getDataProvider())
			.fetch(new Query<>(0, Pages.SIZE, List.of(), null, null))
			.toList();
	}

}
