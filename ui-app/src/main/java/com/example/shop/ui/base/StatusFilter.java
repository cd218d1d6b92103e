package com.example.shop.ui.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * A list's filter by status: each status in words, as its badge says it, and once the
 * list's counts have arrived how many have it ("Placed (12)"). The list loads the counts
 * after itself, so it never waits for them; until then the statuses show their plain
 * names.
 */
public class StatusFilter<E extends Enum<E>> extends MultiSelectComboBox<E> {

	private final Function<E, String> name;

	private final Formats formats;

	/** How many have each status; empty until the counts have arrived. */
	private final Map<E, Long> counts = new HashMap<>();

	/**
	 * @param type the statuses, listed in their lifecycle's order
	 * @param label the label's translation key
	 * @param name a status in words ({@link StatusBadges#label})
	 */
	public StatusFilter(Class<E> type, String label, Function<E, String> name, Formats formats) {
		this.name = name;
		this.formats = formats;
		setLabel(getTranslation(label));
		setItems(type.getEnumConstants());
		setItemLabelGenerator(this::label);
	}

	/**
	 * Shows these counts beside the statuses (none: the plain names).
	 * @param covered what the counts cover, under the filter ("" for nothing)
	 */
	public void showCounts(Map<E, Long> found, String covered) {
		this.counts.clear();
		this.counts.putAll(found);
		setHelperText(covered);
		setItemLabelGenerator(this::label);
		getDataProvider().refreshAll();
	}

	/** A status as the filter lists it: its name, and its count once known. */
	private String label(E status) {
		String shown = this.name.apply(status);
		Long count = this.counts.get(status);
		return (count != null) ? getTranslation("status.with-count", shown, this.formats.number(count)) : shown;
	}

}
