package com.example.shop.e2e.harness;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a journey: finds the browser and the system under test before the first test,
 * gives each test its {@link Shop}, keeps what a failed test leaves
 * ({@link FailureArtifacts}) and closes its browsers after it.
 */
final class E2eExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
		AfterEachCallback, ParameterResolver {

	/** Generous for the first, cold page of each view on a shared two-core machine. */
	private static final double ASSERTION_TIMEOUT_MS = 30_000;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(E2eExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		// Before the system starts: a missing browser should say so at once.
		BrowserPerThread.check();
		Target.get();
		PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String name = testName(context);
		FailureArtifacts.clear(name);
		Target target = Target.get();
		Shop shop = new Shop(target, name);
		FailureArtifacts.ServerLogWindow window = target.ownSystem()
			.map((own) -> new ServerLog(own.log()))
			.map((log) -> new FailureArtifacts.ServerLogWindow(log, log.mark(), shop.traceId()))
			.orElse(null);
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		store.put(Shop.class, shop);
		if (window != null) {
			store.put(FailureArtifacts.ServerLogWindow.class, window);
		}
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			ExtensionContext.Store store = context.getStore(NAMESPACE);
			FailureArtifacts.save(store.get(Shop.class, Shop.class), testName(context),
					store.get(FailureArtifacts.ServerLogWindow.class, FailureArtifacts.ServerLogWindow.class), context);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Shop shop = context.getStore(NAMESPACE).get(Shop.class, Shop.class);
		if (shop != null) {
			shop.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Shop.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Shop.class, Shop.class);
	}

	private static String testName(ExtensionContext context) {
		return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
	}

}
