package com.example.shop.e2e;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: the running system, one headless Chromium per test class and
 * a fresh browser context (no cookies, no session) per test, in English at 1280x800.
 * Vaadin answers over its own round-trips, which Playwright does not wait for: every step
 * waits on what the page shows.
 */
abstract class BrowserTest {

	/** Generous for the first, cold page of each view on a two-core machine. */
	private static final double TIMEOUT_MS = 30_000;

	static RunningShop shop;

	private static Playwright playwright;

	private static Browser browser;

	BrowserContext context;

	Page page;

	/** What the browser showed when a test failed, for the report. */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (test) -> {
		if (test.getExecutionException().isPresent() && this.page != null) {
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "failures", test.getRequiredTestMethod().getName() + ".png"))
				.setFullPage(true));
		}
	};

	@BeforeAll
	static void startShopAndBrowser() {
		// Before the system starts: a missing browser should say so at once.
		Optional<Path> chromium = Chromium.executable();
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright, chromium);
		shop = RunningShop.get();
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		this.context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
		this.context.setDefaultTimeout(TIMEOUT_MS);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	/** Signs in on the login page and waits for the dashboard it opens on. */
	void signInAs(String user) {
		this.page.navigate(shop.baseUrl + "/login");
		this.page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill(user);
		this.page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		assertThat(heading("Dashboard")).isVisible();
		assertThat(this.page.locator(".user-name")).hasText(user);
	}

	/** Opens a view from the navigation and waits for its heading. */
	void openFromMenu(String item, String heading) {
		menuItem(item).click();
		assertThat(heading(heading)).isVisible();
	}

	/** Opens a URL of the UI directly, as a bookmark or a typed address would. */
	void openUrl(String path) {
		this.page.navigate(shop.baseUrl + path);
	}

	/** Waits until the navigation offers exactly these views. */
	void assertMenuOffers(String... items) {
		for (String item : items) {
			assertThat(menuItem(item)).isVisible();
		}
		assertThat(this.page.locator("vaadin-side-nav").getByRole(AriaRole.LINK)).hasCount(items.length);
	}

	Locator menuItem(String item) {
		return this.page.locator("vaadin-side-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true));
	}

	Locator heading(String text) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	/** A grid's cell showing exactly this text. */
	Locator cell(String text) {
		// The pattern runs in the browser: JavaScript knows no \Q...\E (Pattern.quote).
		String literal = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
		return this.page.locator("vaadin-grid-cell-content",
				new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + literal + "\\s*$")));
	}

}
