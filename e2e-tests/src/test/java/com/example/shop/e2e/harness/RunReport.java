package com.example.shop.e2e.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.opentest4j.reporting.tooling.core.htmlreport.DefaultHtmlReportWriter;

/**
 * When the test run ends: closes the browsers, then turns the run's Open Test Reporting
 * XML (written by JUnit's own listener into {@code target/e2e/report/}, with each failed
 * test's trace, screenshots and logs attached) into {@code target/e2e/report.html}: every
 * test with its outcome and duration, failures with their message, screenshot inline and
 * links to the rest. The HTML is one self-contained file that opens offline. Failsafe
 * also writes JUnit XML ({@code target/failsafe-reports/}) for CI.
 *
 * <p>
 * Registered in {@code META-INF/services}; active only where failsafe sets
 * {@value #ENABLED} (not for this module's unit tests).
 */
public final class RunReport implements LauncherSessionListener {

	static final Path XML_DIRECTORY = Path.of("target", "e2e", "report");

	static final Path HTML = Path.of("target", "e2e", "report.html");

	/** Set by failsafe for the journeys' run only (see the module's pom). */
	static final String ENABLED = "e2e.report";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (Boolean.getBoolean(ENABLED)) {
			// This run's report only: no XML of an earlier run.
			FailureArtifacts.deleteRecursively(XML_DIRECTORY);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		BrowserPerThread.closeAll();
		if (!Boolean.getBoolean(ENABLED) || !Files.isDirectory(XML_DIRECTORY)) {
			return;
		}
		try (Stream<Path> files = Files.list(XML_DIRECTORY)) {
			List<Path> xml = files.filter((f) -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
			if (xml.isEmpty()) {
				return;
			}
			new DefaultHtmlReportWriter().writeHtmlReport(xml, HTML);
			System.out.println("==> The run's report: " + HTML.toAbsolutePath());
		}
		catch (Exception ex) {
			System.err.println("Could not write the HTML report: " + ex);
		}
	}

}
