package com.example.shop.ui.billing;

import java.util.List;

import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.billing.InvoiceQuery;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Invoices by status, a page at a time; a click opens the invoice and its payments. */
@Route(Routes.INVOICES)
@Menu(title = "nav.invoices", order = 6, icon = "vaadin:invoice")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class InvoicesView extends VerticalLayout implements HasDynamicTitle {

	final MultiSelectComboBox<InvoiceStatus> statuses = new MultiSelectComboBox<>();

	final Grid<Invoice> grid;

	InvoicesView(BillingDeskService billing, Formats formats) {
		setSizeFull();
		this.statuses.setLabel(getTranslation("invoice.status"));
		this.statuses.setItems(InvoiceStatus.values());
		this.statuses.setItemLabelGenerator((s) -> getTranslation("invoice.status." + s.name()));
		this.grid = new InvoiceGrid(formats);
		this.grid.setPageSize(Pages.SIZE);
		this.grid.setItems((query) -> Pages.fetch(billing.invoices(new InvoiceQuery(List.of(), null,
				List.copyOf(this.statuses.getSelectedItems()), query.getPage(), query.getPageSize(), List.of())),
				InvoicePage::items));
		Routes.openRows(this.grid, (item) -> Routes.invoice(item.id()));
		this.grid.setAriaLabel(getTranslation("invoices.title"));
		this.statuses.addValueChangeListener((e) -> this.grid.getDataProvider().refreshAll());
		add(new H2(getTranslation("invoices.title")), this.statuses, this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invoices.title");
	}

}
