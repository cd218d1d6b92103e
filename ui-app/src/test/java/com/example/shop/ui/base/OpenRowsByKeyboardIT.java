package com.example.shop.ui.base;

import java.util.UUID;
import java.util.function.Function;

import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.order.OrderRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row opens from the keyboard as it does from the mouse: Enter or Space on the focused
 * row of the orders, invoices, customers and catalog grids opens the order, invoice,
 * customer or product ({@link Rows}). The browser's side, Tab to the grid, arrows and
 * Enter, is e2e-tests' {@code KeyboardIT}.
 */
class OpenRowsByKeyboardIT extends UiIntegrationTest {

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void enterOnAnOrdersRowOpensTheOrder() {
		Placement.Placed placed = placeOne();

		open(Routes.ORDERS);
		Grid<OrderRow> grid = awaitRow(OrderRow.class, OrderRow::id, placed.order().id());
		Keyboard.pressOnRow(grid, row(grid, OrderRow::id, placed.order().id()), "Enter");

		assertThat(location()).isEqualTo(Routes.order(placed.order().id()));
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void spaceOnAnInvoicesRowOpensTheInvoice() {
		invoicedOrder();

		open(Routes.INVOICES);
		Grid<Invoice> grid = grid(Invoice.class);
		Invoice first = rowsShown(grid).getFirst();
		Keyboard.pressOnRow(grid, first, " ");

		assertThat(location()).isEqualTo(Routes.invoice(first.id()));
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void enterOnACustomersRowOpensTheCustomer() {
		this.data.customer("1000.00");

		open(Routes.CUSTOMERS);
		Grid<Customer> grid = grid(Customer.class);
		Customer first = rowsShown(grid).getFirst();

		Keyboard.pressOnRow(grid, first, "Enter");

		assertThat(location()).isEqualTo(Routes.customer(first.id()));
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void enterOnACatalogRowOpensTheProduct() {
		this.data.product("100.00", 10);

		open(Routes.CATALOG);
		Grid<Product> grid = grid(Product.class);
		Keyboard.pressOnRow(grid, rowsShown(grid).getFirst(), "Enter");

		awaitScreen(() -> !$(Dialog.class).all().isEmpty());
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void otherKeysAndKeysOnTheHeaderOpenNothing() {
		Placement.Placed placed = placeOne();
		open(Routes.ORDERS);
		Grid<OrderRow> grid = awaitRow(OrderRow.class, OrderRow::id, placed.order().id());
		OrderRow order = row(grid, OrderRow::id, placed.order().id());

		Keyboard.pressOnRow(grid, order, "ArrowDown");
		Keyboard.pressOnRow(grid, order, "a");
		Keyboard.pressOnHeader(grid, "Enter");
		Keyboard.pressOnHeader(grid, " ");

		assertThat(location()).isEqualTo(Routes.ORDERS);
	}

	private <T> Grid<T> awaitRow(Class<T> type, Function<T, UUID> id, UUID wanted) {
		awaitScreen(() -> rowsShown(grid(type)).stream().anyMatch((item) -> wanted.equals(id.apply(item))));
		return grid(type);
	}

	private <T> T row(Grid<T> grid, Function<T, UUID> id, UUID wanted) {
		return rowsShown(grid).stream().filter((item) -> wanted.equals(id.apply(item))).findFirst().orElseThrow();
	}

	/** The view's one grid, of rows of this type. */
	@SuppressWarnings("unchecked")
	private <T> Grid<T> grid(Class<T> type) {
		return $(Grid.class).single();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
	}

}
