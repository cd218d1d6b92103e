package com.example.shop.ui.base;

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

}
