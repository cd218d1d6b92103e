package com.example.shop.ui.base;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.bff.order.OrderStatus;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import reactor.core.publisher.Mono;

/**
 * "History" on a thing's page, for whoever may open the page: who changed it, when and
 * how, as its backend recorded it (newest first), what changed in the user's language
 * with money, numbers and dates for the locale. Closed at first, and asked for only when
 * opened, so the page itself costs no audit call.
 */
public final class AuditTrailPanel extends Details {

	private final Grid<AuditTrail.Entry> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private final Formats formats;

	private boolean asked;

	public AuditTrailPanel(Supplier<Mono<AuditTrail>> load, Formats formats) {
		this.formats = formats;
		setSummaryText(getTranslation("audit.title"));
		setId("audit-trail");
		this.grid.addColumn((entry) -> formats.dateTime(entry.at()))
			.setHeader(getTranslation("audit.at"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(AuditTrail.Entry::actor)
			.setHeader(getTranslation("audit.actor"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((entry) -> action(entry.action()))
			.setHeader(getTranslation("audit.action"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		// A template's text binding, which the browser escapes, not markup.
		this.grid.addColumn(LitRenderer.<AuditTrail.Entry>of("${item.what}").withProperty("what", this::what))
			.setHeader(getTranslation("audit.detail"))
			.setKey("detail")
			.setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAllRowsVisible(true);
		this.grid.setVisible(false);
		this.empty.setText(getTranslation("audit.empty"));
		this.empty.setVisible(false);
		add(new Div(this.grid, this.empty));
		addOpenedChangeListener((event) -> {
			if (event.isOpened() && !this.asked) {
				this.asked = true;
				Async.load(load.get(), this::show, () -> {
				});
			}
		});
	}

	private void show(AuditTrail trail) {
		this.grid.setItems(trail.items());
		this.grid.setVisible(!trail.items().isEmpty());
		this.empty.setVisible(trail.items().isEmpty());
	}

	/** The action in the user's language; one this UI does not know yet, as recorded. */
	private String action(String action) {
		return translated("audit.action." + action, action);
	}

	/**
	 * What an entry changed, in the user's language: each field's label, its value before
	 * and after formatted for the locale ({@code Credit limit: ₩5,000,000 →
	 * ₩5,856,000}); an entry recorded before the backends kept their changes by its
	 * detail, as recorded.
	 */
	private String what(AuditTrail.Entry entry) {
		if (entry.changes() == null) {
			return entry.detail();
		}
		if (entry.changes().isEmpty()) {
			return getTranslation("audit.no-change");
		}
		return entry.changes().stream().map(this::change).collect(Collectors.joining("; "));
	}

	/** {@code Label: before → after}, or {@code Label: after} for a value set first. */
	private String change(AuditTrail.Change change) {
		String label = translated("audit.field." + change.field(), change.field());
		if (change.before() == null) {
			return getTranslation("audit.change.set", label, value(change, change.after()));
		}
		return getTranslation("audit.change", label, value(change, change.before()), value(change, change.after()));
	}

	/** One value of a change, as its kind is shown; a value it cannot read, as it is. */
	private String value(AuditTrail.Change change, String value) {
		if (value == null) {
			return getTranslation("audit.value.none");
		}
		try {
			return switch (change.kind()) {
				case MONEY -> this.formats.money(value, change.currency());
				case NUMBER -> number(Long.parseLong(value), change.unit());
				case DATE -> this.formats.date(LocalDate.parse(value));
				// A status this UI does not know shows as it is (the catch below).
				case ORDER_STATUS -> StatusBadges.label(this, OrderStatus.valueOf(value));
				case INVOICE_STATUS -> StatusBadges.label(this, InvoiceStatus.valueOf(value));
				case CUSTOMER_STATUS -> StatusBadges.label(this, CustomerStatus.valueOf(value));
				// As the product badge names it: product.active, product.inactive.
				case PRODUCT_STATUS -> translated("product." + value.toLowerCase(Locale.ROOT), value);
				case TEXT -> getTranslation("audit.value.text", value);
			};
		}
		catch (RuntimeException unreadable) {
			return value;
		}
	}

	/** {@code 14 days}, {@code 14일}; a unit this UI does not know after the number. */
	private String number(long number, String unit) {
		String shown = this.formats.number(number);
		if (unit == null) {
			return shown;
		}
		String key = "audit.unit." + unit;
		String translated = getTranslation(key, shown);
		return known(translated, key) ? translated : shown + " " + unit;
	}

	private String translated(String key, String otherwise) {
		String translated = getTranslation(key);
		return known(translated, key) ? translated : otherwise;
	}

	private static boolean known(String translated, String key) {
		return translated != null && !translated.isBlank() && !translated.contains(key);
	}

}
