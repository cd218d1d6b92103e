package com.example.shop.ui.base;

import java.util.UUID;

import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command palette, as a person uses it: Ctrl+K or ⌘K anywhere (or the header's
 * button) opens it, typing searches orders, customers, invoices and products at once,
 * arrow keys choose and Enter opens the order, customer or the product in the catalog;
 * nothing typed shows a hint, nothing found says so, a backend that does not answer is
 * named in its group while the others show. Against the real backends. (The keys as the
 * field's {@code keydown} reports them; a browser's side is e2e-tests' journey.)
 */
class CommandPaletteIT extends UiIntegrationTest {

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void ctrlKOpensThePaletteAndEnterOnAnOrderNumberOpensTheOrder() {
		Placement.Placed placed = placeOne();
		String number = placed.order().number();

		CommandPalette palette = openWith(KeyModifier.CONTROL);
		type(palette, number);
		awaitScreen(() -> palette.optionTitles().contains(number));

		assertThat(palette.optionTitles().getFirst()).isEqualTo(number);
		assertThat(palette.selectedIndex()).isZero();
		assertThat(option(palette, 0).getElement().getAttribute("aria-selected")).isEqualTo("true");
		var status = $(Span.class, option(palette, 0)).all()
			.stream()
			.filter((span) -> span.getElement().hasAttribute("data-status"))
			.findFirst()
			.orElseThrow();
		assertThat(status.getElement().getAttribute("data-status")).as("the hit's status in the tone of every page")
			.isEqualTo("PLACED");
		assertThat(status.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "contrast");
		assertThat(status.getText()).as("the status in words too").isEqualTo("Placed");
		press(palette, "Enter");

		assertThat(location().getPath()).isEqualTo(Routes.order(placed.order().id()));
		assertThat(palette.isOpened()).isFalse();
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void enterRightAfterPastingANumberOpensItsOrderOnceFound() {
		Placement.Placed placed = placeOne();

		CommandPalette palette = openWith(KeyModifier.CONTROL);
		// Pasted and Enter at once: the field has not reported the text yet.
		press(palette, "Enter", placed.order().number());
		assertThat(palette.query.getValue()).isEqualTo(placed.order().number());

		awaitScreen(() -> location().getPath().equals(Routes.order(placed.order().id())));
		assertThat(palette.isOpened()).isFalse();
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void arrowKeysMoveFromTheCustomersOrderToTheCustomerAndEnterOpensIt() {
		Placement.Placed placed = placeOne();
		UUID customer = placed.order().customerId();
		String name = placed.order().customerName();
		String number = placed.order().number();
		String invoice = placed.invoice().number();

		CommandPalette palette = openWith(KeyModifier.META);
		type(palette, name);
		// The customer's order and invoice (its customer's name matches) and the
		// customer.
		awaitScreen(() -> palette.optionTitles().contains(name));
		assertThat(palette.optionTitles()).containsExactly(number, name, invoice);

		press(palette, "ArrowDown");
		assertThat(palette.selectedIndex()).isEqualTo(1);
		assertThat(option(palette, 0).getElement().getAttribute("aria-selected")).isEqualTo("false");
		press(palette, "ArrowDown");
		press(palette, "ArrowDown");
		assertThat(palette.selectedIndex()).as("past the last it wraps to the first").isZero();
		press(palette, "ArrowUp");
		assertThat(palette.selectedIndex()).as("before the first it wraps to the last").isEqualTo(2);
		press(palette, "ArrowUp");
		assertThat(palette.selectedIndex()).isEqualTo(1);
		press(palette, "Enter");

		assertThat(location().getPath()).isEqualTo(Routes.customer(customer));
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void aProductOpensInTheCatalogFoundByItsSkuWithItsDialog() {
		String sku = this.data.product("250.00", 3);

		CommandPalette palette = openWith(KeyModifier.CONTROL);
		type(palette, sku.toLowerCase());
		awaitScreen(() -> palette.optionTitles().contains("Test product " + sku));
		press(palette, "Enter");

		assertThat(location().getPath()).isEqualTo(Routes.CATALOG);
		assertThat(location().getQueryParameters().getSingleParameter(Routes.PRODUCT_PARAMETER)).contains(sku);
		assertThat($(TextField.class).all()).anySatisfy((field) -> assertThat(field.getValue()).isEqualTo(sku));
		awaitScreen(() -> $(Dialog.class).all().stream().anyMatch(Dialog::isOpened));
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void theHeadersButtonOpensItWithAHintAndNothingFoundSaysSo() {
		Button button = $(Button.class).all()
			.stream()
			.filter((b) -> b.hasClassName("search-button"))
			.findFirst()
			.orElseThrow();
		assertThat(button.getAriaLabel()).contains("Search orders, customers, invoices and products");
		assertThat(button.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+K Meta+K");

		test(button).click();
		CommandPalette palette = $(CommandPalette.class).single();
		assertThat(palette.isOpened()).isTrue();
		assertThat(palette.status.getText()).startsWith("Type an order or invoice number");
		assertThat(palette.results.getElement().getAttribute("role")).isEqualTo("listbox");
		assertThat(palette.status.getElement().getAttribute("role")).isEqualTo("status");

		String nothing = "zq-nothing-" + UUID.randomUUID().toString().substring(0, 8);
		type(palette, nothing);
		awaitScreen(() -> palette.status.getText().startsWith("Nothing matches"));
		assertThat(palette.status.getText()).contains(nothing);
		assertThat(palette.optionTitles()).isEmpty();

		type(palette, "");
		assertThat(palette.status.getText()).startsWith("Type an order or invoice number");
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void aDeadCatalogIsNamedInItsGroupWhileTheOrderShows() {
		Placement.Placed placed = placeOne();
		this.backends.catalog.refuse();

		CommandPalette palette = openWith(KeyModifier.CONTROL);
		type(palette, placed.order().number());
		awaitScreen(() -> palette.optionTitles().contains(placed.order().number()));

		assertThat($(Div.class, palette.results).all()).anySatisfy((div) -> {
			assertThat(div.hasClassName("palette-unavailable")).isTrue();
			assertThat(div.getText()).isEqualTo("catalog did not answer");
		});
	}

	/** Opens the palette with Ctrl+K or ⌘K, as pressed anywhere in the application. */
	private CommandPalette openWith(KeyModifier modifier) {
		runPendingUiTasks();
		fireShortcut(Key.KEY_K, modifier);
		CommandPalette palette = $(CommandPalette.class).single();
		assertThat(palette.isOpened()).isTrue();
		return palette;
	}

	/** Types into the field, as the field reports it after a pause in typing. */
	private void type(CommandPalette palette, String text) {
		test(palette.query).setValue(text);
	}

	/** A key pressed in the field, as its {@code keydown} reports it. */
	private static void press(CommandPalette palette, String key) {
		press(palette, key, palette.query.getValue());
	}

	/**
	 * A key pressed in the field while it holds {@code value}, which may be more than it
	 * has reported yet.
	 */
	private static void press(CommandPalette palette, String key, String value) {
		ObjectNode data = JacksonUtils.createObjectNode();
		data.put(CommandPalette.KEYS, true);
		data.put(CommandPalette.KEY, key);
		data.put(CommandPalette.VALUE, value);
		data.putNull("event.preventDefault()");
		palette.query.getElement()
			.getNode()
			.getFeature(ElementListenerMap.class)
			.fireEvent(new DomEvent(palette.query.getElement(), "keydown", data));
	}

	private static Component option(CommandPalette palette, int index) {
		return palette.results.getElement()
			.getChildren()
			.flatMap((group) -> group.getChildren())
			.filter((element) -> "option".equals(element.getAttribute("role")))
			.skip(index)
			.findFirst()
			.flatMap((element) -> element.getComponent())
			.orElseThrow();
	}

	private static Location location() {
		return UI.getCurrent().getInternals().getActiveViewLocation();
	}

}
