package com.example.shop.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing in: the one place that knows how. The UI sends a visitor to the identity
 * provider (OpenID Connect, authorization code with PKCE), whose sign-in page this is;
 * after it the browser comes back to the UI signed in. The form is found by its fields'
 * names, so it works whatever the page's language.
 */
public final class SignIn {

	private final Page page;

	private final String baseUrl;

	private SignIn(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

	/** Opens the UI, which sends the browser to the provider's sign-in page. */
	public static SignIn open(Page page, String baseUrl) {
		page.navigate(baseUrl + "/");
		return shown(page, baseUrl);
	}

	/**
	 * Waits until the provider's sign-in page is shown (after signing out, or when a view
	 * asks for it).
	 */
	public static SignIn shown(Page page, String baseUrl) {
		SignIn signIn = new SignIn(page, baseUrl);
		assertThat(signIn.user()).isVisible();
		return signIn;
	}

	/** Signs in and waits until the application shows the user as signed in. */
	public Shell as(String user, String password) {
		submit(user, password);
		return Shell.signedIn(this.page, this.baseUrl, user);
	}

	/** Tries to sign in; the caller checks what happened. */
	public SignIn submit(String user, String password) {
		user().fill(user);
		this.page.locator("input[name='password']").fill(password);
		this.page.locator("form button[type='submit']").first().click();
		this.page.waitForLoadState();
		return this;
	}

	/** Waits until the sign-in is refused: the provider says so and the form stays. */
	public void assertRefused() {
		assertThat(this.page.getByText("Invalid credentials")).isVisible();
		assertThat(user()).isVisible();
	}

	/** Waits until the sign-in form is shown (again). */
	public SignIn assertShown() {
		assertThat(user()).isVisible();
		return this;
	}

	public Page page() {
		return this.page;
	}

	private Locator user() {
		return this.page.locator("input[name='username']");
	}

}
