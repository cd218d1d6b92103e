package com.example.shop.localrun;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One service of the local run: which jar, with which arguments, how to tell it is ready,
 * and how to load its demo data once it is.
 *
 * @param name the short name used in logs and console commands
 * @param jar the executable jar, relative to the repository root
 * @param arguments Spring Boot arguments ({@code --server.port=...})
 * @param readiness a URL that answers 200 once the service takes traffic
 * @param seeder what loads demo data once it is ready
 * @param endpoints what to tell the user to point a browser or client at
 */
record ServiceDefinition(String name, Path jar, List<String> arguments, URI readiness, DemoSeeder seeder,
		List<String> endpoints) {
}
