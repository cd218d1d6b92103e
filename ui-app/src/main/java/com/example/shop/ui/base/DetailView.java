package com.example.shop.ui.base;

import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import reactor.core.publisher.Mono;

/**
 * The skeleton every page about one thing shares (an order, an invoice, a customer): its
 * id from the address (the "not found" page for one that is not an id), a progress bar
 * while the BFF answers, and the content drawn anew from each answer. A subclass gives
 * how to load the thing and says how to show it.
 *
 * @param <T> what the BFF answers for the thing
 */
public abstract class DetailView<T> extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final ProgressBar progress = new ProgressBar();

	private final Div content = new Div();

	private final Function<UUID, Mono<T>> load;

	private UUID id;

	/**
	 * @param load asks the BFF for the thing with an id
	 */
	protected DetailView(Function<UUID, Mono<T>> load) {
		this.load = load;
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		add(this.progress, this.content);
	}

	/** Draws the thing into {@link #content()}, which is empty. */
	protected abstract void show(T detail);

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		try {
			this.id = UUID.fromString(parameter);
		}
		catch (IllegalArgumentException ex) {
			// Not an id: no such page, like any other address that leads nowhere.
			event.rerouteToError(NotFoundException.class);
			return;
		}
		reload();
	}

	/** Loads the thing again and shows it as it is now. */
	public void reload() {
		working(true);
		Async.load(this.load.apply(this.id), (detail) -> {
			this.content.removeAll();
			show(detail);
		}, () -> working(false));
	}

	/** Shows or hides the progress bar, for work started from the page. */
	public void working(boolean working) {
		this.progress.setVisible(working);
	}

	protected Div content() {
		return this.content;
	}

}
