package com.example.shop.ui.jobs;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.jobs.JobExecution;
import com.example.shop.bff.jobs.JobReport;
import com.example.shop.bff.jobs.JobsOverview;
import com.example.shop.bff.jobs.JobsService;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Badge;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * Each domain's recent batch executions side by side (status, start and end, read,
 * written and skipped, rate, progress, exit message), each domain's panel on its own: one
 * whose backend cannot answer says so and the others still show. While anything runs the
 * view refreshes itself every two seconds, otherwise every five, so a run started
 * elsewhere (a terminal, a Kubernetes Job) shows up without a click; a finished import's
 * rejects report or a month's statements download from their row.
 */
@Route(Routes.JOBS)
@Menu(title = "nav.jobs", order = 9, icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
class JobsView extends VerticalLayout implements HasDynamicTitle {

	/** How often the view refreshes while a run is going on. */
	static final int POLL_MILLIS = 2000;

	/** How often the view looks for new runs while nothing runs. */
	static final int IDLE_POLL_MILLIS = 5000;

	private final JobsService jobs;

	private final Formats formats;

	private final Clock clock;

	final Div panels = new Div();

	final Span updated = new Span();

	private Registration polling;

	private boolean loading;

	JobsView(JobsService jobs, Formats formats, Clock clock) {
		this.jobs = jobs;
		this.formats = formats;
		this.clock = clock;
		setSizeFull();
		Button refresh = new Button(getTranslation("jobs.refresh"), (click) -> refresh());
		this.panels.setWidthFull();
		this.panels.addClassName("jobs-panels");
		add(new H2(getTranslation("jobs.title")), new Paragraph(getTranslation("jobs.hint")),
				new HorizontalLayout(refresh, this.updated), this.panels);
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		this.polling = attach.getUI().addPollListener((poll) -> refresh());
		refresh();
	}

	@Override
	protected void onDetach(DetachEvent detach) {
		if (this.polling != null) {
			this.polling.remove();
		}
		detach.getUI().setPollInterval(-1);
	}

	/** Asks the BFF again; runs one request at a time. */
	void refresh() {
		if (this.loading) {
			return;
		}
		this.loading = true;
		Async.load(this.jobs.overview(20), this::show, () -> this.loading = false);
	}

	void show(JobsOverview overview) {
		this.panels.removeAll();
		this.panels.add(panel("orders", overview.orders()), panel("catalog", overview.catalog()),
				panel("billing", overview.billing()));
		this.updated.setText(getTranslation("jobs.updated", this.formats.dateTime(this.clock.instant())));
		UI.getCurrent().setPollInterval(overview.anyRunning() ? POLL_MILLIS : IDLE_POLL_MILLIS);
	}

	private Component panel(String domain, Part<List<JobExecution>> part) {
		Div panel = new Div(new H3(getTranslation("jobs.domain." + domain)));
		panel.addClassName("jobs-panel");
		panel.getElement().setAttribute("data-domain", domain);
		panel.add(Unavailable.or(part,
				(executions) -> executions.isEmpty() ? new Paragraph(getTranslation("jobs.none")) : grid(executions)));
		return panel;
	}

	private Grid<JobExecution> grid(List<JobExecution> executions) {
		Grid<JobExecution> grid = new Grid<>();
		grid.addColumn((e) -> e.job() + " #" + e.id()).setHeader(getTranslation("jobs.job")).setAutoWidth(true);
		grid.addComponentColumn(this::status).setHeader(getTranslation("jobs.status")).setAutoWidth(true);
		grid.addColumn((e) -> this.formats.dateTime(e.startedAt()))
			.setHeader(getTranslation("jobs.started"))
			.setAutoWidth(true);
		grid.addColumn((e) -> this.formats.dateTime(e.endedAt()))
			.setHeader(getTranslation("jobs.ended"))
			.setAutoWidth(true);
		Columns.figure(grid, "jobs.counts", (e) -> "%s / %s / %s".formatted(this.formats.number(e.read()),
				this.formats.number(e.written()), this.formats.number(e.skipped())));
		grid.addColumn((e) -> String.format(Locale.ROOT, "%.1f", e.itemsPerSecond()))
			.setHeader(getTranslation("jobs.rate"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addComponentColumn(JobsView::progress).setHeader(getTranslation("jobs.progress"));
		// A long message wraps in its row rather than being cut.
		grid.addColumn(JobExecution::message)
			.setHeader(getTranslation("jobs.message"))
			.setFlexGrow(3)
			.setWidth("16rem")
			.setTooltipGenerator(JobExecution::message);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addComponentColumn(this::report).setHeader(getTranslation("jobs.report")).setAutoWidth(true);
		grid.setItems(executions);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("jobs.title"));
		return grid;
	}

	private Component status(JobExecution e) {
		String tone = switch (e.status()) {
			case "COMPLETED" -> "success";
			case "FAILED", "ABANDONED" -> "error";
			default -> "contrast";
		};
		return Badge.of(getTranslation("jobs.status." + e.status()), tone);
	}

	private static Component progress(JobExecution e) {
		if (!e.running() || e.progress() == null) {
			return new Span();
		}
		ProgressBar bar = new ProgressBar(0, 1, e.progress());
		bar.setWidth("8em");
		return bar;
	}

	private Component report(JobExecution e) {
		if (!e.hasReport()) {
			return new Span();
		}
		Anchor download = new Anchor(DownloadHandler.fromInputStream((event) -> {
			JobReport report = this.jobs.report(e.domain(), e.id()).block();
			return new DownloadResponse(new ByteArrayInputStream(report.content()), report.fileName(),
					report.contentType(), report.content().length);
		}), getTranslation("jobs.download"));
		download.getElement().setAttribute("download", true);
		return download;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("jobs.title");
	}

}
