package com.example.shop.batch.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Checks, for a batch application's boundary test, that Batch n reaches database n only:
 * its configuration ({@code application.yaml} on its classpath) names no database and
 * holds no credentials but its own domain's, and no other domain's code is on its
 * classpath. Throws {@link AssertionError}s naming what it found.
 */
public final class BatchBoundary {

	private static final Pattern DATABASE_IN_URL = Pattern
		.compile("(?:jdbc:postgresql|mongodb(?:\\+srv)?)://[^/\\s]*/([A-Za-z0-9_]+)");

	/** A class each domain's core has, to tell whether that core is on the classpath. */
	private static final Map<String, String> CORE_CLASS = Map.of("orders", "com.example.shop.orders.order.OrderService",
			"billing", "com.example.shop.billing.invoice.InvoiceService", "catalog",
			"com.example.shop.catalog.product.ProductService");

	private BatchBoundary() {
	}

	/**
	 * Every database URL in the configuration names {@code own}, every user is
	 * {@code own} (the local run's role; deployments set theirs), and no key or value
	 * mentions another domain.
	 */
	public static void assertOnlyDatabase(String own, List<String> others) throws IOException {
		Map<String, String> properties = configuration();
		List<String> problems = new ArrayList<>();
		properties.forEach((key, value) -> {
			Matcher url = DATABASE_IN_URL.matcher(value);
			while (url.find()) {
				if (!url.group(1).equals(own)) {
					problems.add("%s=%s names database '%s'".formatted(key, value, url.group(1)));
				}
			}
			if ((key.endsWith(".username") || key.endsWith(".password")) && !value.equals(own)) {
				problems.add("%s holds credentials other than %s's".formatted(key, own));
			}
			for (String other : others) {
				if (key.toLowerCase(Locale.ROOT).contains(other) || value.toLowerCase(Locale.ROOT).contains(other)) {
					problems.add("%s=%s mentions %s".formatted(key, value, other));
				}
			}
		});
		boolean namesOwn = properties.values().stream().anyMatch((value) -> {
			Matcher url = DATABASE_IN_URL.matcher(value);
			return url.find() && url.group(1).equals(own);
		});
		if (!namesOwn) {
			problems.add("no database URL names " + own);
		}
		if (!problems.isEmpty()) {
			throw new AssertionError("The batch application reaches beyond the " + own + " database: " + problems);
		}
	}

	/** No class of these domains' cores can be loaded by this application. */
	public static void assertNoCodeOf(String... domains) {
		ClassLoader loader = BatchBoundary.class.getClassLoader();
		for (String domain : domains) {
			String className = CORE_CLASS.get(domain);
			try {
				Class.forName(className, false, loader);
				throw new AssertionError(domain + "'s core is on the classpath (" + className + ")");
			}
			catch (ClassNotFoundException expected) {
				// As it should be.
			}
			try {
				if (Collections.list(loader.getResources("com/example/shop/" + domain)).size() > 0) {
					throw new AssertionError("Classes of package com.example.shop." + domain + " are on the classpath");
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Map<String, String> configuration() throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yaml",
				new ClassPathResource("application.yaml"));
		Map<String, String> properties = new java.util.TreeMap<>();
		for (PropertySource<?> source : sources) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					properties.put(name, String.valueOf(enumerable.getProperty(name)));
				}
			}
		}
		return properties;
	}

}
