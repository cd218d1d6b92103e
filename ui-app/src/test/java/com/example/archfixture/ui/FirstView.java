package com.example.archfixture.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/**
 * A view that names another view's class: what {@code viewsDoNotDependOnEachOther} must
 * catch. Outside {@code com.example.shop.ui}, so the router never registers it.
 */
@Route("archfixture-first")
class FirstView extends Div {

	FirstView() {
		add(new SecondView());
	}

}
