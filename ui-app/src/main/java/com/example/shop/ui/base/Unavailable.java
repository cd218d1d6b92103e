package com.example.shop.ui.base;

import java.util.function.Function;

import com.example.shop.bff.Part;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * What a panel shows in place of data whose backend could not answer: said plainly, with
 * the reason in a tooltip, while the rest of the page still renders.
 */
public class Unavailable extends Div {

	public Unavailable(Part.Unavailable<?> part) {
		addClassName("unavailable");
		setText(getTranslation("common.unavailable", part.backend()));
		setTitle(part.reason());
		getElement().setAttribute("role", "status");
	}

	/**
	 * The part drawn by {@code render} when its backend answered, else this placeholder.
	 */
	public static <T> Component or(Part<T> part, Function<T, Component> render) {
		return switch (part) {
			case Part.Available<T> available -> render.apply(available.value());
			case Part.Unavailable<T> unavailable -> new Unavailable(unavailable);
		};
	}

}
