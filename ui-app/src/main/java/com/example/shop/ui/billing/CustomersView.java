package com.example.shop.ui.billing;

import java.util.List;

import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerPage;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** Customers by name or email; a click opens the customer's overview with its balance. */
@Route(Routes.CUSTOMERS)
@Menu(title = "nav.customers", order = 5, icon = "vaadin:users")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class CustomersView extends VerticalLayout implements HasDynamicTitle {

	final TextField search = new TextField();

	final Grid<Customer> grid = new Grid<>(Customer.class, false);

	final Button newCustomer = new Button();

	CustomersView(CustomerService customers, BillingDeskService billing, Formats formats, AuthenticationContext user) {
		setSizeFull();
		this.newCustomer.setText(getTranslation("customer.new"));
		this.newCustomer.setIcon(VaadinIcon.PLUS.create());
		this.newCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		// Billing and admins keep customers' accounts (docs/security.md); the BFF refuses
		// everybody else anyway.
		this.newCustomer.setVisible(user.hasAnyRole(Roles.BILLING, Roles.ADMIN));
		this.newCustomer.addClickListener((e) -> new CustomerDialog(null, billing, formats, (opened) -> {
			Notices.done(getTranslation("customer.created", opened.name()));
			this.grid.getDataProvider().refreshAll();
		}).open());
		this.search.setLabel(getTranslation("customers.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.grid.addColumn(Customer::name).setHeader(getTranslation("customer.name")).setFlexGrow(1);
		this.grid.addColumn(Customer::email).setHeader(getTranslation("customer.email")).setAutoWidth(true);
		this.grid.addColumn((c) -> getTranslation("customer.status." + c.status().name()))
			.setHeader(getTranslation("customer.status"))
			.setAutoWidth(true);
		this.grid.addColumn((c) -> formats.money(c.creditLimit()))
			.setHeader(getTranslation("customer.credit-limit"))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		this.grid.setPageSize(Pages.SIZE);
		this.grid.setItems((query) -> Pages.fetch(customers.customers(blankToNull(this.search.getValue()), List.of(),
				query.getPage(), query.getPageSize(), List.of("name,asc")), CustomerPage::items));
		Routes.openRows(this.grid, (customer) -> Routes.customer(customer.id()));
		this.grid.setAriaLabel(getTranslation("customers.title"));
		this.search.addValueChangeListener((e) -> this.grid.getDataProvider().refreshAll());
		HorizontalLayout bar = new HorizontalLayout(this.search, this.newCustomer);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new H2(getTranslation("customers.title")), bar, this.grid);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("customers.title");
	}

}
