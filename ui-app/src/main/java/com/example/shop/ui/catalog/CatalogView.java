package com.example.shop.ui.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.example.shop.bff.Roles;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Category;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductChange;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.ProductSort;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.AddressParameters;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.ListAddress;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Rows;
import com.example.shop.ui.base.SearchField;
import com.example.shop.ui.base.StatusBadges;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

/**
 * The catalog: search as you type (words anywhere in the name, SKU or description, best
 * matches first), filter by category, a lazy grid over any number of products, and a next
 * step when nothing matches; a click opens the product (admins edit it there). Price and
 * stock changes arrive by server push while the view is open. The search, the category
 * and the open product live in the address
 * ({@code catalog?q=chair&category=office&sku=…}), so a reload keeps them and a link
 * shares them. An address that names only a product ({@code catalog?sku=…}, where the
 * command palette sends people) shows it found by its SKU, its dialog open.
 */
@Route(Routes.CATALOG)
@Menu(title = "nav.catalog", order = 2, icon = "vaadin:package")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class CatalogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final CatalogPagesService catalog;

	private final Formats formats;

	private final boolean admin;

	final SearchField search = new SearchField("catalog.search");

	final Select<Category> category = new Select<>();

	final Grid<Product> grid = new Grid<>(Product.class, false);

	/** The list as its filters find it, as CSV. */
	final CsvExport<Product> export;

	/**
	 * What the grid shows instead of rows when nothing matches: what was searched for and
	 * what to do next.
	 */
	final Div noMatches = new Div();

	private final Paragraph noMatchesText = new Paragraph();

	/** The products on screen, by SKU, so a live change can update its row. */
	private final Map<String, Product> shown = new ConcurrentHashMap<>();

	private Disposable changes;

	private List<Category> categories = List.of();

	/**
	 * The category the address names until the categories have arrived to pick it from;
	 * the list is filtered by it meanwhile.
	 */
	private String addressCategory;

	/** The SKU of the product whose dialog is open, kept in the address. */
	private String opened;

	/**
	 * The filters and the open product in the address: read on entering, written when
	 * they change.
	 */
	private final ListAddress address = new ListAddress(this, Routes.CATALOG, this::filters);

	/** A product's history, in its dialog. */
	private final AuditService audit;

	CatalogView(CatalogPagesService catalog, AuditService audit, Formats formats,
			AuthenticationContext authentication) {
		this.catalog = catalog;
		this.formats = formats;
		this.admin = authentication.hasRole(Roles.ADMIN);
		this.audit = audit;
		setSizeFull();
		this.category.setLabel(getTranslation("catalog.category"));
		this.category.setEmptySelectionAllowed(true);
		this.category.setEmptySelectionCaption(getTranslation("catalog.all-categories"));
		this.category.setItemLabelGenerator((c) -> (c == null) ? getTranslation("catalog.all-categories")
				: c.name() + " (" + formats.number(c.productCount()) + ")");
		Async.load(catalog.categories(), (all) -> {
			this.categories = all;
			this.category.setItems(all);
			// The address's category, now that there is a list to pick it from; an
			// unknown code is left out.
			String named = this.addressCategory;
			this.addressCategory = null;
			all.stream().filter((c) -> c.code().equals(named)).findFirst().ifPresent(this.category::setValue);
			// Rows shown before the names came show them now.
			this.grid.getDataProvider().refreshAll();
		});
		this.export = export(catalog, formats);
		HorizontalLayout filters = new HorizontalLayout(this.search, this.category,
				this.export.link(getTranslation("export.csv")));
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);

		// Long names wrap instead of being cut; the short columns keep their width, with
		// some slack for a longer value further down, and the name takes most of what is
		// over (with an equal share it wrapped at half the width).
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(Product::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true);
		this.grid.addColumn(Product::name).setHeader(getTranslation("product.name")).setFlexGrow(6);
		this.grid.addColumn((p) -> Categories.name(this.categories, p.category()))
			.setHeader(getTranslation("product.category"))
			.setAutoWidth(true);
		Columns.figure(this.grid, "product.price", (p) -> formats.money(p.price()));
		Columns.figure(this.grid, "product.stock", (p) -> formats.number(p.stockOnHand()));
		Columns.figure(this.grid, "product.available", (p) -> formats.number(p.available()));
		StatusBadges.productColumn(this.grid, Product::active)
			.setHeader(getTranslation("product.state"))
			.setAutoWidth(true);
		this.grid.setPageSize(Pages.SIZE);
		var view = this.grid.setItems((query) -> Pages
			.fetch(catalog.search(query().withPage(query.getPage(), query.getPageSize())), this::remember));
		view.setIdentifierProvider(Product::sku);
		// A live change replaces a row's product with a new record (records are equal
		// only if every field is), so the grid must know rows by SKU to find the row it
		// replaces. The lazy data view's identifier provider does not reach the grid's
		// key mapper (Vaadin 25.2's GridLazyDataView, unlike its list and generic views,
		// keeps it to itself), which left refreshItem mapping the changed product to a
		// new key the browser never shows: the row kept its old price until a reload.
		this.grid.getDataCommunicator().getKeyMapper().setIdentifierGetter(Product::sku);
		Rows.open(this.grid, (product) -> open(product.sku()));
		this.grid.setAriaLabel(getTranslation("catalog.title"));
		this.noMatches.addClassName("empty-state");
		this.noMatches.add(this.noMatchesText, new Paragraph(getTranslation("catalog.no-match-hint")),
				new Button(getTranslation("catalog.clear-filters"), (e) -> this.search.clearWith(this.category)));
		this.noMatches.setVisible(false);
		this.grid.setEmptyStateComponent(this.noMatches);
		this.address.follow(this.grid, this.search);
		this.category.addValueChangeListener((e) -> {
			this.addressCategory = null;
			this.address.changed(this.grid);
		});
		add(new H2(getTranslation("catalog.title")), filters, this.grid);
	}

	/**
	 * The products the search and category find, as CSV: prices as plain decimals with
	 * their currency, the category's name.
	 */
	private CsvExport<Product> export(CatalogPagesService catalog, Formats formats) {
		List<CsvExport.Column<Product>> columns = List.of(
				new CsvExport.Column<>(getTranslation("product.sku"), Product::sku),
				new CsvExport.Column<>(getTranslation("product.name"), Product::name),
				new CsvExport.Column<>(getTranslation("product.category"),
						(p) -> Categories.name(this.categories, p.category())),
				new CsvExport.Column<>(getTranslation("product.price"), (p) -> p.price().amount()),
				new CsvExport.Column<>(getTranslation("export.currency"), (p) -> p.price().currency()),
				new CsvExport.Column<>(getTranslation("product.stock"), Product::stockOnHand),
				new CsvExport.Column<>(getTranslation("product.available"), Product::available), new CsvExport.Column<>(
						getTranslation("product.state"), (p) -> StatusBadges.productLabel(this, p.active())));
		return CsvExport.<Product>of("products", columns,
				(page, size) -> catalog.search(query().withPage(page, size))
					.map((found) -> new CsvExport.Slice<>(found.items(), found.total())),
				() -> LocalDate.now(formats.zone()));
	}

	private Query query() {
		String text = this.search.getValue();
		Category chosen = this.category.getValue();
		return new Query((text == null || text.isBlank()) ? null : text.strip(),
				(chosen != null) ? chosen.code() : this.addressCategory);
	}

	private List<Product> remember(ProductPage page) {
		page.items().forEach((p) -> this.shown.put(p.sku(), p));
		if (page.page() == 0) {
			showNoMatches(page.items().isEmpty());
		}
		return page.items();
	}

	private void showNoMatches(boolean none) {
		Query now = query();
		this.noMatchesText.setText((now.text() != null) ? getTranslation("catalog.no-match", now.text())
				: getTranslation("catalog.none-here"));
		this.noMatches.setVisible(none);
	}

	/**
	 * Opens the product's dialog once the product has arrived; while it is open its SKU
	 * is in the address.
	 */
	void open(String sku) {
		Async.load(this.catalog.product(sku), (product) -> {
			ProductDialog dialog = new ProductDialog(product, this.categories, this.catalog, this.formats, this.admin,
					this.audit, (saved) -> applyChange(saved));
			dialog.addOpenedChangeListener((e) -> {
				if (!e.isOpened() && product.sku().equals(this.opened)) {
					this.opened = null;
					this.address.write();
				}
			});
			dialog.open();
			this.opened = product.sku();
			this.address.write();
		});
	}

	/**
	 * Takes the search, the category and the product to open from the address; a product
	 * named without a search is found by its SKU.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> sku = AddressParameters
			.first(event.getLocation().getQueryParameters().getParameters(), Routes.PRODUCT_PARAMETER)
			.map(String::strip);
		this.address.read(event, (parameters) -> {
			AddressParameters.first(parameters, "q").or(() -> sku).ifPresent(this.search::setValue);
			AddressParameters.first(parameters, "category").map(String::strip).ifPresent(this::categoryFromAddress);
		});
		sku.ifPresent(this::open);
	}

	/** Picks the category by its code, or keeps the code until the categories arrive. */
	private void categoryFromAddress(String code) {
		Optional<Category> known = this.categories.stream().filter((c) -> c.code().equals(code)).findFirst();
		if (known.isPresent()) {
			this.category.setValue(known.get());
		}
		else if (this.categories.isEmpty()) {
			this.addressCategory = code;
			this.grid.getDataProvider().refreshAll();
		}
	}

	/** The search, the category and the open product as query parameters. */
	QueryParameters filters() {
		Query now = query();
		return ListAddress.parameters()
			.text("q", now.text())
			.text("category", now.category())
			.text(Routes.PRODUCT_PARAMETER, this.opened)
			.build();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.changes = Async.follow(this.catalog.changes(), this::applyChange);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.changes != null) {
			this.changes.dispose();
		}
	}

	void applyChange(ProductChange change) {
		Product before = this.shown.get(change.sku());
		if (before == null) {
			return;
		}
		applyChange(before.with(change));
	}

	void applyChange(Product updated) {
		this.shown.put(updated.sku(), updated);
		this.grid.getDataProvider().refreshItem(updated);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.title");
	}

	/** The grid's filters. */
	private record Query(String text, String category) {

		/** Best matches first while searching, else by name. */
		ProductQuery withPage(int page, int size) {
			return new ProductQuery(this.text, this.category, false, null, page, size,
					(this.text != null) ? ProductSort.RELEVANCE : ProductSort.NAME, false);
		}

	}

}
