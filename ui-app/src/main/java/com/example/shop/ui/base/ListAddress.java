package com.example.shop.ui.base;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * A list view's filters kept in its address, so a reload keeps them and a link shares
 * them: read from the address on entering ({@link AddressParameters} reads each value
 * leniently), and written back in place ({@code replaceState}, no new history entry)
 * whenever they change. While they are being read, what they set is not written back. The
 * view declares only its parameters: which it reads, and which it writes
 * ({@link Parameters}).
 */
public final class ListAddress {

	private final Component view;

	private final String route;

	private final Supplier<QueryParameters> filters;

	/** While the filters are set from the address, they are not written back to it. */
	private boolean reading;

	/**
	 * @param view the list view whose address it is
	 * @param route the view's route
	 * @param filters the view's filters as they are now, as query parameters
	 */
	public ListAddress(Component view, String route, Supplier<QueryParameters> filters) {
		this.view = view;
		this.route = route;
		this.filters = filters;
	}

	/**
	 * Sets the filters from the address the view is entered with; what this changes is
	 * not written back meanwhile.
	 * @param set sets the view's filters from the address's parameters
	 */
	public void read(BeforeEnterEvent event, Consumer<Map<String, List<String>>> set) {
		this.reading = true;
		try {
			set.accept(event.getLocation().getQueryParameters().getParameters());
		}
		finally {
			this.reading = false;
		}
	}

	/** Whether the filters are being set from the address right now. */
	public boolean reading() {
		return this.reading;
	}

	/**
	 * Writes the filters to the address, unless they are being read from it or the view
	 * is not what the address shows (a dialog closed by navigating away must not write
	 * over the next view's address).
	 */
	public void write() {
		if (this.reading) {
			return;
		}
		this.view.getUI()
			.filter((ui) -> this.route.equals(ui.getInternals().getActiveViewLocation().getPath()))
			.ifPresent(
					(ui) -> ui.getPage().getHistory().replaceState(null, new Location(this.route, this.filters.get())));
	}

	/**
	 * Lists what the filters now select (the grid asks for its rows again), and keeps
	 * them in the address.
	 */
	public void changed(Grid<?> grid) {
		grid.getDataProvider().refreshAll();
		write();
	}

	/**
	 * Lists what the filters select, and keeps them in the address, whenever one of them
	 * changes ({@link #changed}).
	 */
	public void follow(Grid<?> grid, HasValue<?, ?>... filters) {
		for (HasValue<?, ?> filter : filters) {
			filter.addValueChangeListener((e) -> changed(grid));
		}
	}

	/** Starts the query parameters of a filter set. */
	public static Parameters parameters() {
		return new Parameters();
	}

	/**
	 * Query parameters in the order they are added, each left out when it holds nothing
	 * (blank text, no values, no value).
	 */
	public static final class Parameters {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		private Parameters() {
		}

		/** Text, stripped; left out when blank. */
		public Parameters text(String name, String text) {
			if (text != null && !text.isBlank()) {
				this.values.put(name, List.of(text.strip()));
			}
			return this;
		}

		/** Values of an enum, comma-separated in the enum's order; left out when none. */
		public <E extends Enum<E>> Parameters values(String name, Collection<E> chosen) {
			if (!chosen.isEmpty()) {
				this.values.put(name, List.of(AddressParameters.names(chosen)));
			}
			return this;
		}

		/**
		 * One value: an enum by its name, anything else as its text (a date as ISO); left
		 * out when {@code null}.
		 */
		public Parameters value(String name, Object value) {
			if (value != null) {
				this.values.put(name,
						List.of((value instanceof Enum<?> constant) ? constant.name() : value.toString()));
			}
			return this;
		}

		/** The parameters by name, in the order they were added. */
		public Map<String, List<String>> map() {
			return this.values;
		}

		public QueryParameters build() {
			return new QueryParameters(this.values);
		}

	}

}
