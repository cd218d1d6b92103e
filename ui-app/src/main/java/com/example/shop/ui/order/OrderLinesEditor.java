package com.example.shop.ui.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.ProductSort;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Pages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The lines of a new order: pick a product (what can be sold shown) and a quantity, add
 * it, remove lines. Holds the picker and the grid; the form places them and is told
 * whenever the lines change.
 */
class OrderLinesEditor {

	/** The most units of one product an order line takes. */
	static final int MAX_QUANTITY = 10_000;

	final ComboBox<Product> product = new ComboBox<>();

	final IntegerField quantity = new IntegerField();

	final Button add = new Button();

	final Grid<Line> grid = new Grid<>(Line.class, false);

	private final HorizontalLayout picker;

	private final List<Line> items = new ArrayList<>();

	private final Runnable changed;

	OrderLinesEditor(CatalogPagesService catalog, Formats formats, Runnable changed) {
		this.changed = changed;
		Component owner = this.grid;
		this.product.setLabel(owner.getTranslation("new-order.product"));
		this.product.setWidthFull();
		this.product.setItemLabelGenerator((p) -> owner.getTranslation("new-order.product-item", p.name(), p.sku(),
				formats.number(p.available()), formats.money(p.price())));
		this.product
			.setItems(
					(query) -> Pages.fetch(
							catalog.search(new ProductQuery(query.getFilter().orElse(null), null, true, null,
									query.getPage(), query.getPageSize(), ProductSort.NAME, false)),
							ProductPage::items));
		this.quantity.setLabel(owner.getTranslation("order.quantity"));
		this.quantity.setMin(1);
		this.quantity.setMax(MAX_QUANTITY);
		this.quantity.setValue(1);
		this.quantity.setStepButtonsVisible(true);
		this.add.setText(owner.getTranslation("new-order.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addClickListener((e) -> addLine());
		// Enter in Quantity adds the line. The shortcut first moves the focus out and
		// back
		// in, so the field sends the number just typed before the line is added (the
		// browser sends Enter's keydown before the field's change).
		this.add.addClickShortcut(Key.ENTER).listenOn(this.quantity).resetFocusOnActiveElement();
		this.picker = new HorizontalLayout(this.product, this.quantity, this.add);
		this.picker.setWidthFull();
		this.picker.setAlignItems(FlexComponent.Alignment.BASELINE);

		// The product's name takes the width that is left and wraps; the figures and the
		// SKU are as wide as they need, never cut.
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn((l) -> l.product().sku())
			.setHeader(owner.getTranslation("product.sku"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((l) -> l.product().name()).setHeader(owner.getTranslation("product.name")).setFlexGrow(1);
		Columns.figure(this.grid, "product.available", (l) -> formats.number(l.product().available())).setFlexGrow(0);
		Columns.figure(this.grid, "order.quantity", (l) -> formats.number(l.quantity())).setFlexGrow(0);
		Columns.figure(this.grid, "order.line-total", (l) -> formats.money(l.total(), l.product().price().currency()))
			.setFlexGrow(0);
		this.grid.addComponentColumn((l) -> {
			Button remove = new Button(VaadinIcon.TRASH.create(), (e) -> {
				this.items.remove(l);
				refresh();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(owner.getTranslation("new-order.remove", l.product().name()));
			return remove;
		}).setAutoWidth(true).setFlexGrow(0);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel(owner.getTranslation("order.lines"));
		this.grid.setEmptyStateText(owner.getTranslation("new-order.no-lines"));
		this.grid.setItems(this.items);
	}

	/** The product picker, the quantity and the add button, in a row. */
	Component picker() {
		return this.picker;
	}

	List<Line> chosen() {
		return List.copyOf(this.items);
	}

	BigDecimal total() {
		return this.items.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Whether a line asks for more than the catalog can sell now (a warning, not a rule).
	 */
	boolean beyondStock() {
		return this.items.stream().anyMatch((l) -> l.quantity() > l.product().available());
	}

	void clear() {
		this.items.clear();
		refresh();
	}

	private void addLine() {
		Product chosen = this.product.getValue();
		Integer count = this.quantity.getValue();
		if (chosen == null) {
			this.product.setInvalid(true);
			this.product.setErrorMessage(this.grid.getTranslation("new-order.pick-product"));
			return;
		}
		if (count == null || count < 1 || count > MAX_QUANTITY) {
			this.quantity.setInvalid(true);
			this.quantity.setErrorMessage(this.grid.getTranslation("new-order.quantity-range"));
			return;
		}
		int at = indexOf(chosen.sku());
		// A product already in the order gets more units on its line, as a shopping cart
		// does; replacing the quantity silently lost what the user had entered.
		int total = (at < 0) ? count : this.items.get(at).quantity() + count;
		if (total > MAX_QUANTITY) {
			this.quantity.setInvalid(true);
			this.quantity.setErrorMessage(this.grid.getTranslation("new-order.quantity-total-range",
					this.items.get(at).quantity(), MAX_QUANTITY));
			return;
		}
		this.product.setInvalid(false);
		this.quantity.setInvalid(false);
		if (at < 0) {
			this.items.add(new Line(chosen, total));
		}
		else {
			this.items.set(at, new Line(chosen, total));
		}
		this.product.clear();
		this.quantity.setValue(1);
		refresh();
		// Ready for the next product.
		this.product.focus();
	}

	private int indexOf(String sku) {
		for (int i = 0; i < this.items.size(); i++) {
			if (this.items.get(i).product().sku().equals(sku)) {
				return i;
			}
		}
		return -1;
	}

	private void refresh() {
		this.grid.setItems(this.items);
		this.changed.run();
	}

	/**
	 * One line of the form.
	 *
	 * @param product the product as picked (its stock and price as shown)
	 * @param quantity how many
	 */
	record Line(Product product, int quantity) {

		BigDecimal total() {
			return this.product.price().value().multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
