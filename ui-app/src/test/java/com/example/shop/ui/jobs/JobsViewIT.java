package com.example.shop.ui.jobs;

import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jobs view against the real backends: a panel per domain, each from its own backend,
 * and a domain that cannot answer says so while the others show.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class JobsViewIT extends UiIntegrationTest {

	@Test
	void showsEachDomainsPanelFromItsOwnBackend() {
		navigate(JobsView.class);
		awaitScreen(() -> panel("billing") != null);

		for (String domain : new String[] { "orders", "catalog", "billing" }) {
			Div panel = panel(domain);
			assertThat($(Unavailable.class, panel).all()).as(domain).isEmpty();
			assertThat($(Grid.class, panel).all().size() + $(Paragraph.class, panel).all().size()).as(domain).isOne();
		}
		// Nothing runs: the view still looks for runs started elsewhere, only less often.
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(JobsView.IDLE_POLL_MILLIS);
	}

	@Test
	void withCatalogDownOnlyTheCatalogPanelSaysUnavailable() {
		this.backends.catalog.refuse();
		reopen();

		navigate(JobsView.class);
		awaitScreen(() -> panel("catalog") != null);

		assertThat($(Unavailable.class, panel("catalog")).single().getText()).contains("catalog");
		assertThat($(Unavailable.class, panel("orders")).all()).isEmpty();
		assertThat($(Unavailable.class, panel("billing")).all()).isEmpty();
	}

	private Div panel(String domain) {
		return $(Div.class).all()
			.stream()
			.filter((div) -> domain.equals(div.getElement().getAttribute("data-domain")))
			.findFirst()
			.orElse(null);
	}

}
