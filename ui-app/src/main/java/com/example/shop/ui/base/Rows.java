package com.example.shop.ui.base;

import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import tools.jackson.databind.JsonNode;

/**
 * Opening a grid's row with the mouse or the keyboard alike: a click, or Enter or Space
 * on the focused row (the grid pattern of WAI-ARIA's authoring practices), so every
 * detail is reachable without a mouse. Vaadin's grid reports clicks but no key on a row:
 * the keys come from the grid's own {@code keydown}, and the row from the grid's public
 * {@code getEventContext}, the way Vaadin's grid connector finds a clicked row.
 */
public final class Rows {

	/**
	 * Only Enter and Space reach the server; arrows and typing stay in the browser.
	 */
	static final String OPEN_KEYS = "event.key === 'Enter' || event.key === ' '";

	/**
	 * The key of the body row whose cell has the focus; null when a header cell has it,
	 * or a field or button inside a cell, which handles its own keys.
	 */
	static final String FOCUSED_ROW = "(event.composedPath()[0].localName === 'td' "
			+ "&& element.getEventContext(event).section === 'body' && element.getEventContext(event).item) "
			+ "? element.getEventContext(event).item.key : null";

	private Rows() {
	}

	/** A click on a row, or Enter or Space on the focused row, opens it. */
	public static <T> void open(Grid<T> grid, Consumer<T> open) {
		grid.addItemClickListener((click) -> open.accept(click.getItem()));
		grid.getElement().addEventListener("keydown", (event) -> {
			JsonNode key = event.getEventData().get(FOCUSED_ROW);
			if (key != null && key.isString()) {
				T item = grid.getDataCommunicator().getKeyMapper().get(key.asString());
				if (item != null) {
					open.accept(item);
				}
			}
		}).setFilter(OPEN_KEYS).addEventData(FOCUSED_ROW);
	}

}
