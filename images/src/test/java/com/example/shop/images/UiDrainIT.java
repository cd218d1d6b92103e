package com.example.shop.images;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.example.shop.testsupport.process.ServiceJvm;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The UI's drain, proven at process level on the ui-app image (there is no cluster here):
 * a browser holds a signed-in session, SIGTERM arrives, readiness goes down, a new
 * session is refused, the notice shows and is renewed, the open session is still served,
 * and the process ends only when the drain limit is over.
 */
class UiDrainIT {

	private static final Duration DRAIN = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aStoppingUiAppKeepsServingItsOpenSessionUntilTheDrainEnds() throws Exception {
		int port = ServiceJvm.freePort();
		int management = ServiceJvm.freePort();
		String base = "http://127.0.0.1:" + port;
		URI readiness = URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness");

		try (ImagesRunIT.Provider provider = ImagesRunIT.Provider.start(port);
				UnpackedContainer ui = UnpackedContainer.start(OciImage.read("ui-app"),
						Map.of("SERVER_PORT", Integer.toString(port), "MANAGEMENT_SERVER_PORT",
								Integer.toString(management), "APP_SECURITY_ISSUER_URI", provider.issuer(),
								"APP_SECURITY_CLIENT_SECRET", ImagesRunIT.Provider.CLIENT_SECRET, "APP_UI_DRAIN_LIMIT",
								DRAIN.toSeconds() + "s", "APP_UI_DRAIN_NOTICE_INTERVAL", "3s"));
				Playwright playwright = Playwright
					.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium().launch(chromium())) {
			ui.awaitOk(readiness, Duration.ofSeconds(120));
			Page page = browser.newPage();
			// Signing in at the identity provider's page, as people do.
			page.navigate(base + "/");
			page.locator("input[name='username']").fill("admin");
			page.locator("input[name='password']").fill("demo");
			page.locator("form button[type='submit']").first().click();
			assertThat(heading(page, "Dashboard")).isVisible();

			Instant sigterm = Instant.now();
			ui.terminate();

			awaitStatus(readiness, 503);
			Locator notice = page.locator("#drain-notice-text");
			notice.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(15_000));
			String first = notice.textContent();
			assertThat(first).contains("This server is being updated");
			assertThat(status(URI.create(base + "/"))).as("a new session is refused").isEqualTo(503);

			open(page, "Catalog");

			page.waitForCondition(() -> !notice.textContent().equals(first),
					new Page.WaitForConditionOptions().setTimeout(15_000));
			open(page, "Customers");

			assertThat(ui.awaitExit(DRAIN.plusSeconds(40))).as("the process ends after the drain").isTrue();
			assertThat(Duration.between(sigterm, Instant.now())).isGreaterThanOrEqualTo(DRAIN.minusSeconds(1));
			assertThat(ui.output()).contains("Draining: not ready, no new sessions; 1 open UI(s)")
				.contains("Drained: 1 UI(s) still open were sent to a running instance");
		}
	}

	/**
	 * Opens a view from the navigation (a server round trip) and waits for its heading.
	 */
	private static void open(Page page, String view) {
		page.locator("vaadin-side-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(view).setExact(true))
			.click();
		assertThat(heading(page, view)).isVisible();
	}

	private static Locator heading(Page page, String text) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	private void awaitStatus(URI url, int expected) {
		await().atMost(Duration.ofSeconds(15)).until(() -> status(url), (status) -> status == expected);
	}

	private int status(URI url) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static BrowserType.LaunchOptions chromium() {
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run"));
		String configured = System.getenv("CHROMIUM_PATH");
		Path binary = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
					.flatMap((dir) -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
					.filter(Files::isExecutable)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"No Chromium: sudo apt-get install -y chromium fonts-nanum (or set CHROMIUM_PATH)"));
		return options.setExecutablePath(binary);
	}

}
