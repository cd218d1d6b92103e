package com.example.shop.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright. Playwright's own browser download is switched
 * off (its CDN is out of reach here, and the distribution's browser is patched with the
 * system); a missing browser fails the tests with what to install, never skips them.
 */
final class Chromium {

	/** System property or environment variable naming another Chromium binary. */
	static final String PATH_SETTING = "CHROMIUM_PATH";

	private static final Path DEFAULT_PATH = Path.of("/usr/bin/chromium");

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private Chromium() {
	}

	/**
	 * The Chromium binary to drive.
	 * @throws IllegalStateException naming the package to install if there is none
	 */
	static Path executable() {
		String configured = System.getProperty(PATH_SETTING, System.getenv(PATH_SETTING));
		Path path = (configured != null && !configured.isBlank()) ? Path.of(configured) : DEFAULT_PATH;
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException(
					("No Chromium at %s. The browser tests drive Debian's Chromium: install the "
							+ "chromium package (apt-get install -y chromium; .ci/run does this), or point the %s system "
							+ "property or environment variable at a Chromium binary.")
						.formatted(path, PATH_SETTING));
		}
		return path;
	}

	/** A Playwright driver that never downloads browsers. */
	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/** Headless Chromium, as root and without a GPU. */
	static Browser launch(Playwright playwright, Path executable) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS));
	}

}
