package com.example.shop.ui.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.Placement;
import com.example.shop.ui.base.Badge;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.UiErrors;
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
					shown.add(new Paragraph(
							PendingSteps.what(owner, step) + " " + PendingSteps.who(owner, step, formats)));
				}
				shown.add(link(partly.order(), owner));
			}
			case Placement.Rejected rejected -> {
				shown.add(badge("error", owner.getTranslation("new-order.rejected." + rejected.reason().name())));
				String detail = detail(rejected, owner, formats);
				if (detail != null) {
					shown.add(new Paragraph(detail));
				}
				if (!rejected.fieldErrors().isEmpty()) {
					// Each field by its label in the user's words; the backend's English
					// message about it is for the log.
					shown.add(new Paragraph(UiErrors.invalid(owner, rejected.fieldErrors())));
				}
			}
			case Placement.NotPlaced notPlaced -> {
				shown.add(badge("contrast", owner.getTranslation("new-order.not-placed")));
				shown.add(new Paragraph(
						owner.getTranslation("new-order.not-placed." + notPlaced.cause().name(), notPlaced.backend())));
			}
		}
		return shown;
	}

	/**
	 * What was refused, in the user's language: from the facts the refusal carries (the
	 * available credit, the SKUs short of stock, the customer's status), else from its
	 * reason or the backend's problem type; never the service's English message.
	 * @return the detail, or {@code null} when the badge says all there is
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
		Object customer = rejected.details().get("customer");
		Object named = rejected.details().get("customerStatus");
		Optional<CustomerStatus> status = Arrays.stream(CustomerStatus.values())
			.filter((s) -> s.name().equals(String.valueOf(named)))
			.findFirst();
		if (rejected.reason() == Placement.Reason.CUSTOMER_NOT_ACTIVE && customer != null && status.isPresent()) {
			return owner.getTranslation("new-order.customer-not-active-detail", customer,
					StatusBadges.label(owner, status.get()));
		}
		return switch (rejected.reason()) {
			case EXPIRED -> owner.getTranslation("new-order.expired-detail");
			case REUSED -> owner.getTranslation("new-order.reused-detail");
			default -> (rejected.problem() != null) ? UiErrors.refused(owner, rejected.problem()) : null;
		};
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
