package com.example.shop.ui.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.Placement;
import com.example.shop.ui.base.Badge;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * How placing an order ended, in words: a badge, what happened, the steps left or the bad
 * fields, and a link to the order once one exists.
 */
final class PlacementOutcome {

	private PlacementOutcome() {
	}

	static List<Component> describe(Placement placement, Component owner, Formats formats) {
		List<Component> shown = new ArrayList<>();
		switch (placement) {
			case Placement.Placed placed -> {
				shown.add(badge("success",
						owner.getTranslation("new-order.placed", placed.order().number(), placed.invoice().number())));
				shown.add(link(placed.order(), owner));
			}
			case Placement.PlacedWithPendingSteps partly -> {
				shown.add(badge("contrast", owner.getTranslation("new-order.placed-pending", partly.order().number())));
				for (PendingStep step : partly.pending()) {
					shown.add(new Paragraph(step.message()));
				}
				shown.add(link(partly.order(), owner));
			}
			case Placement.Rejected rejected -> {
				shown.add(badge("error", owner.getTranslation("new-order.rejected." + rejected.reason().name())));
				shown.add(new Paragraph(detail(rejected, owner, formats)));
				rejected.fieldErrors().forEach((f) -> shown.add(new Paragraph(f.field() + ": " + f.message())));
			}
			case Placement.NotPlaced notPlaced -> {
				shown.add(badge("contrast", owner.getTranslation("new-order.not-placed")));
				shown.add(new Paragraph(notPlaced.message()));
			}
		}
		return shown;
	}

	/**
	 * What was refused, in the user's language where the refusal carries its facts (the
	 * available credit, the SKUs short of stock); else the service's own words.
	 */
	static String detail(Placement.Rejected rejected, Component owner, Formats formats) {
		Object credit = rejected.details().get("availableCredit");
		if (rejected.reason() == Placement.Reason.CREDIT_DECLINED && credit != null) {
			return owner.getTranslation("new-order.credit-declined-detail",
					formats.money(new BigDecimal(credit.toString()), formats.currency()));
		}
		if (rejected.reason() == Placement.Reason.OUT_OF_STOCK
				&& rejected.details().get("violations") instanceof List<?> violations && !violations.isEmpty()) {
			String skus = violations.stream()
				.map((v) -> (v instanceof Map<?, ?> violation) ? String.valueOf(violation.get("subject")) : "")
				.filter((sku) -> !sku.isBlank())
				.collect(Collectors.joining(", "));
			return owner.getTranslation("new-order.stock-short-detail", skus);
		}
		return rejected.message();
	}

	private static Span badge(String theme, String text) {
		Span badge = Badge.of(text, theme);
		badge.addClassName("outcome");
		return badge;
	}

	private static Component link(Order order, Component owner) {
		return Routes.link(owner.getTranslation("new-order.open", order.number()), Routes.order(order.id()));
	}

}
