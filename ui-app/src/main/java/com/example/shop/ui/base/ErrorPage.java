package com.example.shop.ui.base;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the "not found" and "no access" pages share: they render inside the shell (their
 * {@code @ParentLayout}), so the navigation stays, and say in words what happened, with a
 * way back to the dashboard. They name no route, no role and no reason: nothing about the
 * application leaks to a person who typed an address.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

	private final String title;

	/**
	 * @param key the page's translation keys: {@code <key>.title} and {@code <key>.text}
	 */
	ErrorPage(String key) {
		this.title = getTranslation(key + ".title");
		H2 heading = new H2(this.title);
		Paragraph text = new Paragraph(getTranslation(key + ".text"));
		add(heading, text, Routes.link(getTranslation("error-page.home"), Routes.DASHBOARD));
		addClassName("error-page");
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

}
