package com.example.shop.ui.base;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A list's search: a magnifier in front, a button that clears it, and its value reported
 * once typing pauses (lazily), so the list is asked again per word, not per key.
 */
public class SearchField extends TextField {

	/**
	 * @param label the label's translation key
	 */
	public SearchField(String label) {
		setLabel(getTranslation(label));
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setValueChangeMode(ValueChangeMode.LAZY);
		setClearButtonVisible(true);
	}

	/**
	 * Empties the search and the list's other filters, and puts the cursor back into the
	 * search: what a list's "clear the filters" does.
	 * @param others the list's other filters
	 */
	public void clearWith(HasValue<?, ?>... others) {
		clear();
		for (HasValue<?, ?> other : others) {
			other.clear();
		}
		focus();
	}

}
