package com.example.shop.ui.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.Money;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Category;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.Conflict;
import com.example.shop.ui.base.DialogSubmit;
import com.example.shop.ui.base.Facts;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import reactor.core.publisher.Mono;

/**
 * A product's detail; for admins, its edit form. Saving sends the version the admin
 * opened: if someone changed the product meanwhile, the dialog says who, when and what
 * they changed, and the admin takes their values or keeps their own and saves again; it
 * never overwrites a change the admin has not seen.
 */
class ProductDialog extends Dialog {

	final TextField name = new TextField();

	final TextArea description = new TextArea();

	final ComboBox<String> category = new ComboBox<>();

	final BigDecimalField price = new BigDecimalField();

	final IntegerField stock = new IntegerField();

	final Checkbox active = new Checkbox();

	final Button save = new Button();

	final Div problem = new Div();

	private final Binder<Draft> binder = new Binder<>(Draft.class);

	private final CatalogPagesService catalog;

	private final Consumer<Product> saved;

	private final AuditService audit;

	private final Formats formats;

	private final List<Category> categories;

	private Product product;

	/**
	 * @param categories the catalog's categories: the product's is chosen from them, and
	 * shown by name
	 * @param audit the product's history, shown below the product
	 */
	ProductDialog(Product product, List<Category> categories, CatalogPagesService catalog, Formats formats,
			boolean admin, AuditService audit, Consumer<Product> saved) {
		this.product = product;
		this.catalog = catalog;
		this.saved = saved;
		this.audit = audit;
		this.formats = formats;
		this.categories = categories;
		setHeaderTitle(product.name() + " · " + product.sku());
		setWidth("min(640px, 100vw)");
		if (!admin) {
			Facts facts = new Facts().fact("product.category", Categories.name(categories, product.category()))
				.fact("product.price", formats.money(product.price()))
				.fact("product.stock", formats.number(product.stockOnHand()))
				.fact("product.available", formats.number(product.available()))
				.fact("product.state", StatusBadges.productLabel(this, product.active()));
			add(facts, new Paragraph(product.description()));
			product.attributes().forEach((k, v) -> add(new Paragraph(Categories.attributeLabel(k) + ": " + v)));
			add(new AuditTrailPanel(() -> audit.product(product.sku(), AuditTrail.DEFAULT_SIZE), formats));
			getFooter().add(new Button(getTranslation("common.close"), (e) -> close()));
			return;
		}
		this.name.setLabel(getTranslation("product.name"));
		this.description.setLabel(getTranslation("product.description"));
		this.category.setLabel(getTranslation("product.category"));
		List<String> codes = new ArrayList<>(categories.stream().map(Category::code).toList());
		if (!codes.contains(product.category())) {
			codes.add(product.category());
		}
		this.category.setItems(codes);
		this.category.setItemLabelGenerator((code) -> Categories.name(categories, code));
		this.price.setLabel(getTranslation("product.price"));
		this.stock.setLabel(getTranslation("product.stock"));
		this.active.setLabel(getTranslation("product.active"));
		this.binder.forField(this.name)
			.asRequired(getTranslation("product.name-required"))
			.withValidator((n) -> n.length() <= 200, getTranslation("product.name-length"))
			.bind("name");
		this.binder.forField(this.description)
			.withValidator((d) -> d == null || d.length() <= 2000, getTranslation("product.description-length"))
			.bind("description");
		this.binder.forField(this.category).asRequired(getTranslation("product.category-required")).bind("category");
		this.binder.forField(this.price)
			.asRequired(getTranslation("product.price-required"))
			.withValidator((p) -> p.signum() >= 0 && p.stripTrailingZeros().scale() <= 2,
					getTranslation("product.price-invalid"))
			.bind("price");
		this.binder.forField(this.stock)
			.asRequired(getTranslation("product.stock-required"))
			.withValidator((s) -> s >= 0, getTranslation("product.stock-invalid"))
			.bind("stock");
		this.binder.forField(this.active).bind("active");
		this.binder.readRecord(Draft.of(product));
		this.problem.addClassName("form-problem");
		this.problem.setVisible(false);
		this.problem.setId("product-problem");
		add(new FormLayout(this.name, this.category, this.price, this.stock, this.active, this.description),
				this.problem);
		add(new AuditTrailPanel(() -> audit.product(product.sku(), AuditTrail.DEFAULT_SIZE), formats));
		this.save.setText(getTranslation("common.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((e) -> save());
		getFooter().add(new Button(getTranslation("common.cancel"), (e) -> close()), this.save);
	}

	void save() {
		new DialogSubmit(this, this.save, this.problem).submit(this.binder, this::send, BackendRefusal.class,
				this::refused, (updated) -> {
					this.saved.accept(updated);
					Notices.done(getTranslation("product.saved", updated.sku(), updated.name()));
				});
	}

	/** Saves the admin's values over the version the dialog shows. */
	private Mono<Product> send(Draft draft) {
		var change = new ProductDraft(this.product.sku(), draft.name(), draft.description(), draft.category(),
				Money.of(draft.price().setScale(2), this.product.price().currency()), this.product.attributes(),
				draft.stock(), draft.active());
		return this.catalog.update(change, this.product.version());
	}

	private void refused(BackendRefusal ex) {
		this.problem.removeAll();
		if (ex.kind() == BackendRefusal.Kind.STALE) {
			// Who changed what, next to the form that still holds the admin's values.
			String sku = this.product.sku();
			Conflict.load(this.catalog.product(sku), this.audit.product(sku, 1), this::conflict);
			return;
		}
		this.problem.add(new Span(UiErrors.message(getUI().orElseThrow(), ex)));
		this.problem.setVisible(true);
	}

	/**
	 * Someone saved the product since this form opened: say who, when and what they
	 * changed, and let the admin take their values or keep their own and save over them
	 * knowingly.
	 */
	private void conflict(Product fresh, AuditTrail.Entry last) {
		changes(Draft.of(this.product), Draft.of(fresh)).show(this.problem, "product", last, this.formats, () -> {
			this.product = fresh;
			this.binder.readRecord(Draft.of(fresh));
		}, () -> this.product = fresh);
	}

	/** What differs from {@code before} in {@code after}, as the form shows it. */
	private Conflict changes(Draft before, Draft after) {
		String currency = this.product.price().currency();
		return new Conflict().change("product.name", before.name(), after.name())
			.change("product.category", Categories.name(this.categories, before.category()),
					Categories.name(this.categories, after.category()))
			.change("product.price", this.formats.money(before.price(), currency),
					this.formats.money(after.price(), currency))
			.change("product.stock", this.formats.number(before.stock()), this.formats.number(after.stock()))
			.change("product.state", StatusBadges.productLabel(this, before.active()),
					StatusBadges.productLabel(this, after.active()))
			.changed("product.description", !Objects.equals(before.description(), after.description()));
	}

	/**
	 * The form's values, bound by name. Public, with its canonical constructor, because
	 * the binder builds it by reflection.
	 *
	 * @param name the name
	 * @param description the description
	 * @param category the category code
	 * @param price the unit price
	 * @param stock units in stock
	 * @param active whether it can be sold
	 */
	public record Draft(String name, String description, String category, BigDecimal price, Integer stock,
			boolean active) {

		static Draft of(Product p) {
			return new Draft(p.name(), p.description(), p.category(), p.price().value(), p.stockOnHand(), p.active());
		}

	}

}
