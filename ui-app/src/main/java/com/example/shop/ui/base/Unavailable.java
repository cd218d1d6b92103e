package com.example.shop.ui.base;

import com.example.shop.bff.Part;
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

}
