package com.example.shop.e2e.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Tracing;
import org.junit.jupiter.api.MediaType;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a failed test leaves under {@code target/e2e/<Class>.<method>/}, and attaches to
 * the run's HTML report:
 * <ul>
 * <li>{@code trace-N.zip}: browser N's Playwright trace (every action, with DOM
 * snapshots, screenshots, network and console), for {@code show-trace};</li>
 * <li>{@code screenshot-N.png}: what browser N showed at the failure;</li>
 * <li>{@code console.txt}: every browser's console output and page errors;</li>
 * <li>{@code server.log}: when the suite started the system itself, the services' log
 * lines carrying the test's trace id, then every line written while the test ran.</li>
 * </ul>
 */
final class FailureArtifacts {

	private static final Path ROOT = Path.of("target", "e2e");

	private FailureArtifacts() {
	}

	static Path directory(String testName) {
		return ROOT.resolve(testName);
	}

	/** Removes what an earlier run of the test left. */
	static void clear(String testName) {
		deleteRecursively(directory(testName));
	}

	static void deleteRecursively(Path dir) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void save(Shop shop, String testName, ServerLogWindow serverLog, ExtensionContext report) {
		Path dir = directory(testName);
		List<Attachment> saved = new ArrayList<>();
		try {
			Files.createDirectories(dir);
			int user = 1;
			for (BrowserContext context : shop.contexts()) {
				int tab = 1;
				for (Page page : context.pages()) {
					Path screenshot = dir
						.resolve("screenshot-%d%s.png".formatted(user, (context.pages().size() > 1) ? "-" + tab : ""));
					try {
						page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
						saved.add(new Attachment(screenshot, MediaType.IMAGE_PNG));
					}
					catch (RuntimeException ex) {
						// A closed or crashed page: its trace still tells.
					}
					tab++;
				}
				Path trace = dir.resolve("trace-%d.zip".formatted(user));
				try {
					context.tracing().stop(new Tracing.StopOptions().setPath(trace));
					saved.add(new Attachment(trace, MediaType.create("application", "zip")));
				}
				catch (RuntimeException ex) {
					// A crashed browser keeps no trace.
				}
				user++;
			}
			Path console = dir.resolve("console.txt");
			Files.write(console, shop.console(), StandardCharsets.UTF_8);
			saved.add(new Attachment(console, MediaType.TEXT_PLAIN_UTF_8));
			if (serverLog != null) {
				Path lines = dir.resolve("server.log");
				Files.write(lines, serverLog.lines(testName), StandardCharsets.UTF_8);
				saved.add(new Attachment(lines, MediaType.TEXT_PLAIN_UTF_8));
			}
		}
		catch (IOException ex) {
			System.err.println("Could not save what " + testName + " left: " + ex);
		}
		for (Attachment attachment : saved) {
			report.publishFile(attachment.file().getFileName().toString(), attachment.type(),
					(copy) -> Files.copy(attachment.file(), copy));
		}
		System.out.println("==> " + testName + " failed: trace, screenshots and logs in " + dir.toAbsolutePath());
	}

	private record Attachment(Path file, MediaType type) {
	}

	/**
	 * The server log lines of one test: first those carrying the trace id its browsers
	 * sent (logged while serving its requests), then every line of its time window, since
	 * what a service logs off a request's thread (a push, a callback) carries no trace id
	 * and tests running in parallel may add lines.
	 */
	record ServerLogWindow(ServerLog log, long start, String traceId) {

		List<String> lines(String testName) {
			List<String> window = this.log.since(this.start, ServerLog.LineSelector.all());
			List<String> own = window.stream().filter(ServerLog.LineSelector.carrying(this.traceId)).toList();
			List<String> text = new ArrayList<>();
			text.add("# " + testName + ": " + own.size() + " lines carry its trace id " + this.traceId + ":");
			text.addAll(own);
			text.add("");
			text.add("# Every line the services wrote while it ran (" + window.size()
					+ "; tests running in parallel may have added some):");
			text.addAll(window);
			return text;
		}

	}

}
