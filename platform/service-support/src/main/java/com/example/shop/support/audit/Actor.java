package com.example.shop.support.audit;

/**
 * Who makes the change an audit entry records. In a service, the caller the access token
 * names (its {@code sub}: the person, or the UI's own client {@code ui-app} for work with
 * no person behind it); in a batch application, the application's name. The domain cores
 * ask it when they record a change, so one core serves both and each names its caller.
 */
@FunctionalInterface
public interface Actor {

	/** The longest name an audit entry keeps. */
	int MAX_LENGTH = 100;

	/** The actor's name: never blank, at most {@link #MAX_LENGTH} characters. */
	String name();

	/** Always the same name (a batch application, a test). */
	static Actor named(String name) {
		String fitted = fit(name);
		return () -> fitted;
	}

	/**
	 * {@code name} stripped and cut to {@link #MAX_LENGTH}; {@code "system"} when blank.
	 */
	static String fit(String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty()) {
			return "system";
		}
		return (stripped.length() > MAX_LENGTH) ? stripped.substring(0, MAX_LENGTH) : stripped;
	}

}
