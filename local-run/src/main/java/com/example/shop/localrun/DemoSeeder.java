package com.example.shop.localrun;

/**
 * Loads a service's demo data once it is ready; must be idempotent, since data survives
 * restarts.
 */
@FunctionalInterface
public interface DemoSeeder {

	/** For a service without demo data. */
	DemoSeeder NONE = () -> "none";

	/**
	 * Loads the data.
	 * @return what it loaded, for the log
	 * @throws Exception if it could not
	 */
	String seed() throws Exception;

}
