package com.example.shop.ui.billing;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing and admins open and change customers' accounts in a dialog: the list's "New
 * customer" and the overview's "Edit", validated in the form, billing's refusals and
 * someone else's change explained in it, and each change in the customer's history. Sales
 * see neither button.
 */
class CustomerEditIT extends UiIntegrationTest {

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void aBillingUserCreatesACustomerAndItAppearsInTheList() {
		String name = "Gangnam Paper " + UUID.randomUUID();
		CustomersView view = navigate(CustomersView.class);
		assertThat(view.newCustomer.isVisible()).isTrue();

		test(view.newCustomer).click();
		CustomerDialog dialog = $(CustomerDialog.class).single();
		dialog.name.setValue(name);
		dialog.email.setValue("ap@gangnam.example");
		dialog.creditLimit.setValue(new BigDecimal("2500000"));
		dialog.terms.setValue(45);
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());

		assertThat(notices()).anyMatch((text) -> text.contains(name));
		view.search.setValue(name);
		List<Customer> found = view.grid.getLazyDataView().getItems(0, Pages.SIZE).toList();
		assertThat(found).extracting(Customer::name).containsExactly(name);
		assertThat(found.getFirst().creditLimit().amount()).isEqualTo("2500000.00");
		assertThat(found.getFirst().paymentTermsDays()).isEqualTo(45);
		assertThat(found.getFirst().status()).isEqualTo(CustomerStatus.ACTIVE);
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void theExportHoldsTheCustomersTheSearchFindsWithTheirBalance() throws Exception {
		UUID id = this.data.customer("1500.00");
		String name = "Export Stationery " + UUID.randomUUID();
		this.data.renameCustomer(id, name);
		CustomersView view = navigate(CustomersView.class);
		view.search.setValue(name);

		CsvExport.File file = view.export.file();

		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(file.text())).getRecords();
		assertThat(rows.getFirst().values()).containsExactly("Name", "Email", "Status", "Credit limit",
				"Payment terms (days)", "Balance", "Currency");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo(name);
		assertThat(rows.get(1).get(2)).isEqualTo("Active");
		assertThat(rows.get(1).get(3)).isEqualTo("1500.00");
		assertThat(rows.get(1).get(5)).as("nothing owed yet").isEqualTo("0.00");
		assertThat(rows.get(1).get(6)).isEqualTo("KRW");
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void theFormRefusesWhatBillingWouldInWordsAndSendsNothing() {
		CustomersView view = navigate(CustomersView.class);
		test(view.newCustomer).click();
		CustomerDialog dialog = $(CustomerDialog.class).single();
		dialog.email.setValue("not an address");
		dialog.creditLimit.setValue(new BigDecimal("10.005"));
		dialog.terms.setValue(400);
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the company name.");
		assertThat(dialog.email.getErrorMessage()).startsWith("Enter an e-mail address");
		assertThat(dialog.creditLimit.getErrorMessage())
			.isEqualTo("A non-negative amount in KRW, with at most 2 decimals.");
		assertThat(dialog.terms.getErrorMessage()).isEqualTo("Between 0 and 365 days.");
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void anAdminEditsTheCreditLimitAndSuspendsAndTheHistoryShowsIt() {
		UUID id = this.data.customer("1000.00");

		CustomerDialog dialog = edit(id);
		assertThat(dialog.creditLimit.getValue()).isEqualByComparingTo("1000.00");
		dialog.creditLimit.setValue(new BigDecimal("7500000"));
		dialog.status.setValue(CustomerStatus.SUSPENDED);
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());
		awaitText("customer-balance", "7,500,000");

		assertThat(notices()).anyMatch((text) -> text.contains("saved"));
		Customer saved = current(id);
		assertThat(saved.creditLimit().amount()).isEqualTo("7500000.00");
		assertThat(saved.status()).isEqualTo(CustomerStatus.SUSPENDED);
		AuditTrailPanel history = $(AuditTrailPanel.class).single();
		history.setOpened(true);
		awaitScreen(() -> !historyRows(history).isEmpty());
		assertThat(historyRows(history)).extracting(AuditTrail.Entry::action).containsExactly("SUSPENDED", "CREATED");
		assertThat(historyRows(history).getFirst().actor()).isEqualTo("admin");
		assertThat(historyRows(history).getFirst().detail()).contains("7500000.00");
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void theHistorySaysWhatChangedInTheUsersLanguageWithMoneyForTheirLocale() {
		UUID id = this.data.customer("5000000.00");
		CustomerDialog dialog = edit(id);
		dialog.creditLimit.setValue(new BigDecimal("5856000"));
		dialog.status.setValue(CustomerStatus.SUSPENDED);
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());

		AuditTrailPanel history = $(AuditTrailPanel.class).single();
		history.setOpened(true);
		awaitScreen(() -> historyRows(history).size() == 2);
		AuditTrail.Entry edit = historyRows(history).getFirst();

		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat(shownDetail(history, edit))
			.isEqualTo("Status: Active → Suspended; Credit limit: ₩5,000,000 → ₩5,856,000");
		UI.getCurrent().setLocale(Locale.KOREAN);
		assertThat(shownDetail(history, edit)).isEqualTo("상태: 활성 → 정지; 신용 한도: ₩5,000,000 → ₩5,856,000");
		assertThat(shownDetail(history, historyRows(history).get(1))).contains("신용 한도: ₩5,000,000")
			.contains("결제 조건: 30일")
			.doesNotContain("5000000.00");
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void someoneElsesChangeIsExplainedNeverOverwrittenAndTheirValuesCanBeTaken() {
		UUID id = this.data.customer("1000.00");
		String before = current(id).name();
		CustomerDialog dialog = raiseTheLimitWhileSomeoneRenames(id);

		assertThat($(Span.class).id("customer-conflict").getText())
			.contains("changed this customer since you opened it")
			.contains("Name: " + before + " → Renamed Meanwhile")
			.doesNotContain("Credit limit")
			.endsWith("Your values are still in the form.");
		assertThat(dialog.creditLimit.getValue()).as("the user's value, not theirs").isEqualByComparingTo("2000");
		assertThat(current(id).creditLimit().amount()).as("nothing overwritten").isEqualTo("1000.00");

		test($(Button.class).id("customer-take-theirs")).click();

		assertThat(dialog.name.getValue()).isEqualTo("Renamed Meanwhile");
		assertThat(dialog.creditLimit.getValue()).isEqualByComparingTo("1000.00");
		assertThat(dialog.problem.isVisible()).isFalse();
		dialog.creditLimit.setValue(new BigDecimal("3000"));
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());
		assertThat(current(id).name()).isEqualTo("Renamed Meanwhile");
		assertThat(current(id).creditLimit().amount()).as("saved over the version now seen").isEqualTo("3000.00");
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void aUserWhoKeepsTheirValuesAfterAConflictSavesThemKnowingly() {
		UUID id = this.data.customer("1000.00");
		String before = current(id).name();
		CustomerDialog dialog = raiseTheLimitWhileSomeoneRenames(id);

		test($(Button.class).id("customer-keep-mine")).click();
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());

		assertThat(current(id).name()).isEqualTo(before);
		assertThat(current(id).creditLimit().amount()).isEqualTo("2000.00");
	}

	/** What the history's Details column shows for an entry, in the UI's language now. */
	@SuppressWarnings("unchecked")
	private String shownDetail(AuditTrailPanel history, AuditTrail.Entry entry) {
		Grid<AuditTrail.Entry> grid = $(Grid.class, history).single();
		var renderer = (LitRenderer<AuditTrail.Entry>) grid.getColumnByKey("detail").getRenderer();
		return String.valueOf(renderer.getValueProviders().get("what").apply(entry));
	}

	/** Opens the customer's overview and its edit dialog. */
	private CustomerDialog edit(UUID id) {
		CustomerView view = (CustomerView) open(Routes.customer(id));
		awaitScreen(view.edit::isVisible);
		test(view.edit).click();
		return $(CustomerDialog.class).single();
	}

	/**
	 * Opens the customer's edit dialog; someone else renames the customer; then the user
	 * raises the credit limit to 2,000 and saves, which is refused as a conflict.
	 */
	private CustomerDialog raiseTheLimitWhileSomeoneRenames(UUID id) {
		CustomerDialog dialog = edit(id);
		this.data.renameCustomer(id, "Renamed Meanwhile");
		dialog.creditLimit.setValue(new BigDecimal("2000"));
		test(dialog.save).click();
		awaitScreen(() -> $(Span.class).withId("customer-conflict").exists());
		return dialog;
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void aSalesUserSeesNoNewNorEditButton() {
		UUID id = this.data.customer("1000.00");
		CustomersView list = navigate(CustomersView.class);
		boolean newShown = list.newCustomer.isVisible();
		CustomerView view = (CustomerView) open(Routes.customer(id));
		awaitScreen(() -> $(Div.class).withId("customer-balance").exists());

		assertThat(newShown).isFalse();
		assertThat(view.edit.isVisible()).isFalse();
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void aBillingUserSeesEditAlsoWhenTheOverviewIsOpenedFromInsideTheApp() {
		UUID id = this.data.customer("1000.00");

		CustomerView view = (CustomerView) openOverPush(Routes.customer(id));
		awaitScreen(() -> $(Div.class).withId("customer-balance").exists());

		assertThat(view.edit.isVisible()).isTrue();
	}

	private Customer current(UUID id) {
		return ServiceIdentity.runAsService(this.billingBackend.customer(id)).block();
	}

	private List<String> notices() {
		return $(Notification.class).all().stream().map((notice) -> test(notice).getText()).toList();
	}

}
