package com.example.shop.ui.order;

import java.util.ArrayList;
import java.util.List;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.Placement;
import com.example.shop.ui.base.Badge;
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

	static List<Component> describe(Placement placement, Component owner) {
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
				shown.add(new Paragraph(rejected.message()));
				rejected.fieldErrors().forEach((f) -> shown.add(new Paragraph(f.field() + ": " + f.message())));
			}
			case Placement.NotPlaced notPlaced -> {
				shown.add(badge("contrast", owner.getTranslation("new-order.not-placed")));
				shown.add(new Paragraph(notPlaced.message()));
			}
		}
		return shown;
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
