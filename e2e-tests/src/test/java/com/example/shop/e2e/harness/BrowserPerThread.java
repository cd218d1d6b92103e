package com.example.shop.e2e.harness;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

/**
 * One Chromium per test thread. Playwright objects belong to the thread that created
 * them, and JUnit runs a test's callbacks and body on one thread, so each of the suite's
 * threads (two by default) drives its own browser; every test still gets fresh browser
 * contexts (no cookies, no session). All are closed when the test run ends
 * ({@link RunReport}).
 */
final class BrowserPerThread {

	private static final ThreadLocal<Driven> CURRENT = new ThreadLocal<>();

	private static final Queue<Driven> ALL = new ConcurrentLinkedQueue<>();

	private static volatile Optional<Path> executable;

	private BrowserPerThread() {
	}

	/**
	 * Finds the browser to drive, failing at once (with the command that installs one) if
	 * there is none.
	 */
	static synchronized void check() {
		if (executable == null) {
			executable = Chromium.executable();
		}
	}

	/** This thread's browser, launched on first use. */
	static Browser browser() {
		Driven driven = CURRENT.get();
		if (driven == null || !driven.browser().isConnected()) {
			check();
			Playwright playwright = Chromium.playwright();
			driven = new Driven(playwright, Chromium.launch(playwright, executable));
			CURRENT.set(driven);
			ALL.add(driven);
		}
		return driven.browser();
	}

	/** Closes every browser and driver: the run is over. */
	static void closeAll() {
		Driven driven;
		while ((driven = ALL.poll()) != null) {
			try {
				driven.playwright().close();
			}
			catch (RuntimeException ex) {
				// The driver is gone already; the JVM ends it with itself.
			}
		}
	}

	private record Driven(Playwright playwright, Browser browser) {
	}

}
