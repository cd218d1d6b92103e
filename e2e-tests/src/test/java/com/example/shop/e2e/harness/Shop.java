package com.example.shop.e2e.harness;

import java.security.SecureRandom;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.example.shop.e2e.backends.Backends;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData;
import com.example.shop.e2e.pages.Shell;
import com.example.shop.e2e.pages.SignIn;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Tracing;

/**
 * What a journey works with, one per test: people in browsers (each {@link #signIn} is a
 * new browser context, so two calls are two users), the test's own data, the backends for
 * checks behind the UI's back, and, when the suite started the system, the system itself
 * (to stop a backend).
 *
 * <p>
 * Every browser context records a Playwright trace and the page's console; they are kept
 * only if the test fails ({@link FailureArtifacts}).
 */
public final class Shop {

	private static final double TIMEOUT_MS = 30_000;

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

	private static Backends backends;

	private final Target target;

	private final String testName;

	private final String traceId;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> console = new ArrayList<>();

	private TestData data;

	Shop(Target target, String testName) {
		this.target = target;
		this.testName = testName;
		byte[] id = new byte[16];
		new SecureRandom().nextBytes(id);
		this.traceId = HexFormat.of().formatHex(id);
	}

	/**
	 * Opens a new browser (a new user, no cookies) and signs in with the role's account.
	 */
	public Shell signIn(Role role) {
		Credentials credentials = this.target.credentials(role);
		return SignIn.open(newPage(), this.target.baseUrl()).as(credentials.user(), credentials.password());
	}

	/** Opens a new browser (a new user, no cookies) at the sign-in page. */
	public SignIn signInPage() {
		return SignIn.open(newPage(), this.target.baseUrl());
	}

	/** Who signs in for this role. */
	public Credentials credentials(Role role) {
		return this.target.credentials(role);
	}

	/** A new page in a new browser context (English, 1280x800), traced. */
	public Page newPage() {
		Browser browser = BrowserPerThread.browser();
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
			.setViewportSize(1280, 800)
			// The test's trace id on every request: the seam for finding its server log
			// lines once the services log trace ids (see ServerLog).
			.setExtraHTTPHeaders(Map.of("traceparent", "00-" + this.traceId + "-" + spanId() + "-01")));
		context.setDefaultTimeout(TIMEOUT_MS);
		context.setDefaultNavigationTimeout(TIMEOUT_MS);
		int user = this.contexts.size() + 1;
		context.tracing()
			.start(new Tracing.StartOptions().setScreenshots(true)
				.setSnapshots(true)
				.setTitle(this.testName + " (browser " + user + ")"));
		context.onPage((page) -> follow(page, user));
		this.contexts.add(context);
		return context.newPage();
	}

	/** The test's own data, created on the backends with the run's prefix. */
	public TestData data() {
		if (this.data == null) {
			Credentials admin = this.target.credentials(Role.ADMIN);
			this.data = new TestData(backends(), new BffClient(this.target.baseUrl(), admin.user(), admin.password()),
					RunningShop.CATEGORY, RunningShop.OTHER_CATEGORY);
		}
		return this.data;
	}

	/** The backends, for checks behind the UI's back. */
	public Backends backends() {
		synchronized (Shop.class) {
			if (backends == null) {
				backends = Backends.at(this.target.endpoints(), this.target.backendToken());
			}
			return backends;
		}
	}

	/**
	 * The system the suite started itself. Journeys that need it carry the
	 * {@value Tags#OWN_SYSTEM} tag, which a run against a deployment excludes.
	 */
	public RunningShop ownSystem() {
		return this.target.ownSystem()
			.orElseThrow(() -> new IllegalStateException(
					"This journey needs the system the suite starts itself; tag it " + Tags.OWN_SYSTEM));
	}

	/** The W3C trace id this test's browsers send. */
	String traceId() {
		return this.traceId;
	}

	List<BrowserContext> contexts() {
		return this.contexts;
	}

	synchronized List<String> console() {
		return List.copyOf(this.console);
	}

	void close() {
		for (BrowserContext context : this.contexts) {
			try {
				context.close();
			}
			catch (RuntimeException ex) {
				// A crashed browser: nothing left to close.
			}
		}
		this.contexts.clear();
	}

	private void follow(Page page, int user) {
		page.onConsoleMessage((message) -> record(user, message.type(), message.text()));
		page.onPageError((error) -> record(user, "pageerror", error));
		page.onCrash((crashed) -> record(user, "crash", "the page crashed"));
	}

	private synchronized void record(int user, String type, String text) {
		this.console.add("%s [browser %d] %s: %s".formatted(LocalTime.now().format(CLOCK), user, type, text));
	}

	private static String spanId() {
		byte[] id = new byte[8];
		new SecureRandom().nextBytes(id);
		return HexFormat.of().formatHex(id);
	}

}
