package com.example.shop.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * What a grid shows instead of rows ({@code Grid.setEmptyStateComponent}): what is not
 * there, in words, and the next step as buttons (clear the filters, create the first
 * one). A button the user may not use is left out by its view.
 */
public final class EmptyState extends Div {

	private final Paragraph text = new Paragraph();

	/** The actions, in the order a reader should consider them. */
	private final HorizontalLayout actions = new HorizontalLayout();

	/**
	 * @param text what the grid would show, and why it shows nothing
	 */
	public EmptyState(String text) {
		addClassName("empty-state");
		this.text.setText(text);
		this.actions.setSpacing(true);
		add(this.text, this.actions);
	}

	/** Adds a next step. */
	public EmptyState action(Button button) {
		this.actions.add(button);
		return this;
	}

	/** Says what is not there, as the filters now are. */
	public void setText(String text) {
		this.text.setText(text);
	}

	/** What it says. */
	public String getText() {
		return this.text.getText();
	}

}
