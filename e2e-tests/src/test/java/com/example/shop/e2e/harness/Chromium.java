package com.example.shop.e2e.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The system's Chromium (Debian's {@code chromium} package), driven by Playwright.
 * Playwright's own browser download is switched off (its CDN is out of reach on the build
 * machines, and the distribution's browser is patched with the system); where Playwright
 * has a browser of its own already, it is used when the system has none. A missing
 * browser fails the tests with the command that installs one, never skips them.
 */
final class Chromium {

	/** System property or environment variable naming another Chromium binary. */
	static final String PATH_SETTING = "CHROMIUM_PATH";

	/** The names distributions give the binary, looked up on the {@code PATH}. */
	private static final List<String> NAMES = List.of("chromium", "chromium-browser");

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private Chromium() {
	}

	/**
	 * The Chromium binary to drive: the {@value #PATH_SETTING} setting, else the first
	 * {@code chromium} or {@code chromium-browser} on the {@code PATH}, else none, when a
	 * browser that Playwright downloaded itself is there instead.
	 * @throws IllegalStateException naming the command that installs one if there is
	 * neither (./run-tests.sh checks the same before it builds)
	 */
	static Optional<Path> executable() {
		String configured = System.getProperty(PATH_SETTING, System.getenv(PATH_SETTING));
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException(
						"%s names %s, which is not an executable file".formatted(PATH_SETTING, path));
			}
			return Optional.of(path);
		}
		Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter((dir) -> !dir.isBlank())
			.flatMap((dir) -> NAMES.stream().map((name) -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.findFirst();
		if (onPath.isPresent() || playwrightHasItsOwn()) {
			return onPath;
		}
		throw new IllegalStateException("No Chromium found. The browser tests drive the system's Chromium: install it"
				+ " with 'sudo apt-get install -y chromium fonts-nanum' (.ci/run does), or point the " + PATH_SETTING
				+ " system property or environment variable at a Chromium binary.");
	}

	/** A Chromium that Playwright downloaded itself, where its download works. */
	private static boolean playwrightHasItsOwn() {
		String configured = System.getenv("PLAYWRIGHT_BROWSERS_PATH");
		Path cache = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".cache", "ms-playwright");
		try (Stream<Path> entries = Files.isDirectory(cache) ? Files.list(cache) : Stream.empty()) {
			return entries.anyMatch((entry) -> entry.getFileName().toString().startsWith("chromium"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** A Playwright driver that never downloads browsers. */
	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/**
	 * System property: show the browser windows ({@code ./run-e2e.sh --headed}); needs a
	 * display.
	 */
	static final String HEADED = "e2e.headed";

	/**
	 * Chromium as root and without a GPU: headless, unless {@value #HEADED} is
	 * {@code true}.
	 */
	static Browser launch(Playwright playwright, Optional<Path> executable) {
		boolean headed = Boolean.getBoolean(HEADED);
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(!headed).setArgs(ARGUMENTS);
		executable.ifPresent(options::setExecutablePath);
		return playwright.chromium().launch(options);
	}

}
