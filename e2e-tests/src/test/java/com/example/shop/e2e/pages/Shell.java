package com.example.shop.e2e.pages;

import java.util.UUID;
import java.util.function.Function;

import com.example.shop.e2e.pages.vaadin.RoundTrip;
import com.example.shop.e2e.pages.vaadin.Text;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The application as a signed-in user sees it: the navigation (only what the role may
 * open), the language and theme switches, the user's name and sign-out; and the way into
 * each view. Menu items and headings are the English ones unless a method takes them.
 */
public final class Shell {

	private final Page page;

	private final String baseUrl;

	private Shell(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

	/** Waits until the application shows {@code user} as signed in. */
	static Shell signedIn(Page page, String baseUrl, String user) {
		Shell shell = new Shell(page, baseUrl);
		assertThat(page.locator(".user-name")).hasText(user);
		return shell;
	}

	public Page page() {
		return this.page;
	}

	/** The heading of the view shown, by its exact text. */
	public static Locator heading(Page page, String text) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	/** The navigation's entries, in order, as shown. */
	public Locator menu() {
		return this.page.locator("vaadin-side-nav").getByRole(AriaRole.LINK);
	}

	/** Waits until the navigation offers exactly these views, in this order. */
	public Shell assertMenuOffers(String... items) {
		assertThat(menu()).hasCount(items.length);
		for (int i = 0; i < items.length; i++) {
			assertThat(menu().nth(i)).hasAccessibleName(items[i]);
		}
		return this;
	}

	/**
	 * Opens a view from the navigation and waits for its heading, which is named as its
	 * entry is.
	 */
	private <V> V openFromMenu(String item, Function<Page, V> view) {
		this.page.locator("vaadin-side-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true))
			.click();
		return shown(item, view);
	}

	/** Waits for the view's heading and answers the view. */
	private <V> V shown(String heading, Function<Page, V> view) {
		assertThat(heading(this.page, heading)).isVisible();
		return view.apply(this.page);
	}

	public DashboardPage dashboard() {
		return openFromMenu("Dashboard", DashboardPage::new);
	}

	public CatalogPage catalog() {
		return openFromMenu("Catalog", CatalogPage::new);
	}

	public OrdersPage orders() {
		return openFromMenu("Orders", OrdersPage::new);
	}

	public NewOrderPage newOrder() {
		return openFromMenu("New order", NewOrderPage::new);
	}

	public CustomersPage customers() {
		return openFromMenu("Customers", CustomersPage::new);
	}

	public InvoicesPage invoices() {
		return openFromMenu("Invoices", InvoicesPage::new);
	}

	public JobsPage jobs() {
		return openFromMenu("Jobs", JobsPage::new);
	}

	/** The dashboard as it shows right after signing in. */
	public DashboardPage atDashboard() {
		return shown("Dashboard", DashboardPage::new);
	}

	/** The orders list by its address, as typed into the address bar. */
	public OrdersPage ordersByAddress() {
		go("/orders");
		return shown("Orders", OrdersPage::new);
	}

	/**
	 * The first Tab on a page reaches "Skip to content"; Enter on it moves the focus past
	 * the header and the navigation to the view, where the next Tab goes on.
	 */
	public Shell skipToContent() {
		this.page.keyboard().press("Tab");
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Skip to content").setExact(true)))
			.isFocused();
		this.page.keyboard().press("Enter");
		this.page.waitForFunction("""
				() => document.activeElement && document.activeElement.parentElement
				  && document.activeElement.parentElement.localName === 'vaadin-app-layout'
				  && !document.activeElement.hasAttribute('slot')""");
		return this;
	}

	/** Opens the command palette with Ctrl+K, from wherever the focus is. */
	public CommandPalette search() {
		return CommandPalette.openWithKeyboard(this.page);
	}

	/** Opens an order by its address, as a bookmark or a link from elsewhere does. */
	public OrderPage openOrder(UUID id) {
		go("/order/" + id);
		return new OrderPage(this.page);
	}

	/**
	 * Opens an order by its address and waits until the order with this number is shown.
	 */
	public OrderPage openOrder(UUID id, String number) {
		return openOrder(id).assertShows(number);
	}

	/** Opens a customer's overview by its address. */
	public CustomerPage openCustomer(UUID id) {
		go("/customer/" + id);
		return new CustomerPage(this.page);
	}

	/** Opens an invoice by its address. */
	public InvoicePage openInvoice(UUID id) {
		go("/invoice/" + id);
		return new InvoicePage(this.page);
	}

	/**
	 * Types the address of a view the role may not open, and waits until the refusal is
	 * shown instead of the view.
	 */
	public Shell assertRefused(String path, String viewHeading) {
		go(path);
		AccessDenied.assertShownInsteadOf(this.page, viewHeading);
		return this;
	}

	/** Reloads the page, as the browser's reload button does. */
	public Shell reload() {
		this.page.reload();
		RoundTrip.settle(this.page);
		return this;
	}

	/**
	 * Switches the language with the header's switch (it is labelled in the language
	 * shown, so the caller names it); the page reloads in the new language.
	 */
	public Shell switchLanguage(String switchLabel, String language) {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Text.containing(switchLabel))).click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language).setExact(true)).click();
		this.page.waitForLoadState();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Text.containing(language))))
			.isVisible();
		return this;
	}

	/** Signs out and waits for the sign-in page. */
	public SignIn signOut(String button) {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
		return SignIn.shown(this.page, this.baseUrl);
	}

	/** Signs out (in English) and waits for the sign-in page. */
	public SignIn signOut() {
		return signOut("Sign out");
	}

	/** The user's name as the header shows it. */
	public Locator userName() {
		return this.page.locator(".user-name");
	}

	/** Goes to an address of the UI, as typed into the address bar. */
	public void go(String path) {
		goAnswering(path);
	}

	/**
	 * Goes to an address of the UI, as typed into the address bar; answers the HTTP
	 * status of the page's own request.
	 */
	public int goAnswering(String path) {
		Response response = this.page.navigate(this.baseUrl + path);
		RoundTrip.settle(this.page);
		return response.status();
	}

	/** Every "not available right now" notice on the page. */
	public Locator unavailableNotices() {
		return this.page.locator(".unavailable");
	}

}
