package com.example.shop.ui.base;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keys pressed on a grid as the browser reports them to the server: the grid's
 * {@code keydown}, with what the browser found for {@link Rows}' expressions (whether the
 * key opens a row, and the key of the row whose cell has the focus).
 */
public final class Keyboard {

	private Keyboard() {
	}

	/**
	 * {@code key} ("Enter", " ", "a", …) pressed while a cell of this item's row has the
	 * focus.
	 */
	public static <T> void pressOnRow(Grid<T> grid, T item, String key) {
		press(grid, key, grid.getDataCommunicator().getKeyMapper().key(item));
	}

	/** {@code key} pressed while a header cell has the focus. */
	public static void pressOnHeader(Grid<?> grid, String key) {
		press(grid, key, null);
	}

	private static void press(Grid<?> grid, String key, String focusedRow) {
		ObjectNode data = JacksonUtils.createObjectNode();
		data.put(Rows.OPEN_KEYS, "Enter".equals(key) || " ".equals(key));
		data.put(Rows.FOCUSED_ROW, focusedRow);
		grid.getElement()
			.getNode()
			.getFeature(ElementListenerMap.class)
			.fireEvent(new DomEvent(grid.getElement(), "keydown", data));
	}

}
