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
	 * From here on characters count as wide: Hangul, CJK (and some symbols, generously).
	 */
	private static final int WIDE = 0x1100;

	/**
	 * @param label the label's translation key
	 */
	public SearchField(String label) {
		String text = getTranslation(label);
		setLabel(text);
		// At its usual width (12em) a longer label is cut ("Search name, SKU or d…"), so
		// the field is at least as wide as its label: one ch (a digit's width in the
		// field's font) per letter of the smaller label's font, two per Hangul or CJK
		// character, which are about twice as wide. A short label keeps the usual width,
		// so a list with more filters keeps them on one line.
		setMinWidth(text.codePoints().map((c) -> (c >= WIDE) ? 2 : 1).sum() + "ch");
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
