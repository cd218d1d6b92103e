package com.example.shop.ui.base;

import java.util.function.Supplier;

import com.example.shop.bff.AuditTrail;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import reactor.core.publisher.Mono;

/**
 * "History" on a thing's page, for whoever may open the page: who changed it, when and
 * how, as its backend recorded it (newest first). Closed at first, and asked for only
 * when opened, so the page itself costs no audit call.
 */
public final class AuditTrailPanel extends Details {

	private final Grid<AuditTrail.Entry> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private boolean asked;

	public AuditTrailPanel(Supplier<Mono<AuditTrail>> load, Formats formats) {
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
		this.grid.addColumn(AuditTrail.Entry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
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
		String key = "audit.action." + action;
		String translated = getTranslation(key);
		return (translated == null || translated.isBlank() || translated.contains(key)) ? action : translated;
	}

}
