package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.RoundTrip;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing in: the one place that knows how. Today it is the UI's own login view (user
 * name and password, posted to ui-app); when sign-in moves to the identity provider
 * (OpenID Connect, issue 11), only this class changes: open the UI, follow the redirect
 * to the provider's form, fill it, and come back signed in.
 *
 * <p>
 * The form is found by its fields' names, not their labels, so it works in every
 * language.
 */
public final class SignIn {

	private final Page page;

	private final String baseUrl;

	private SignIn(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

	/** Opens the sign-in page. */
	public static SignIn open(Page page, String baseUrl) {
		page.navigate(baseUrl + "/login");
		return shown(page, baseUrl);
	}

	/**
	 * Waits until the sign-in page is shown (after signing out, or when a view asks for
	 * it).
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
		this.page.locator("vaadin-login-form input[name='password']").fill(password);
		this.page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
		RoundTrip.settle(this.page);
		return this;
	}

	/** Waits until the sign-in is refused: the message is shown and the form stays. */
	public void assertRefused() {
		assertThat(this.page.getByText("Wrong user name or password")).isVisible();
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
		return this.page.locator("vaadin-login-form input[name='username']");
	}

}
