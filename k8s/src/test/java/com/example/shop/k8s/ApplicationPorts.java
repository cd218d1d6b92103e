package com.example.shop.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.example.shop.k8s.Rendered.Workload;
import com.example.shop.testsupport.deploy.Deployables;
import com.example.shop.testsupport.deploy.Deployables.Deployable;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import org.yaml.snakeyaml.Yaml;

/**
 * The ports an application listens on, as it reads them: its own {@code application.yaml}
 * with the container's environment on top (Spring Boot's relaxed binding:
 * {@code SERVER_PORT} is {@code server.port}).
 */
final class ApplicationPorts {

	private static final Map<String, String> PORT_PROPERTIES = Map.of("server.port", "8080", "management.server.port",
			"", "spring.grpc.server.port", "");

	private ApplicationPorts() {
	}

	/** The deployable whose image {@code image} is, if it is one of ours. */
	static Optional<Deployable> deployable(String image) {
		String repository = image.replaceAll(":[^:/]+$", "");
		String name = repository.substring(repository.lastIndexOf('/') + 1);
		boolean ours = repository.equals("shop/" + name) || repository.endsWith("/shop/" + name);
		return ours ? Deployables.named(name) : Optional.empty();
	}

	/** The ports the application in {@code container} listens on. */
	static Set<Integer> of(Rendered rendered, Workload workload, Container container) {
		Deployable deployable = deployable(container.getImage()).orElseThrow();
		Map<String, String> config = settings(deployable.module());
		Map<String, String> env = environment(rendered, workload, container);
		boolean serves = config.keySet().stream().anyMatch((key) -> key.startsWith("server."))
				|| env.containsKey("SERVER_PORT");
		Set<Integer> ports = new TreeSet<>();
		PORT_PROPERTIES.forEach((property, fallback) -> {
			String value = env.getOrDefault(envName(property), config.getOrDefault(property, fallback));
			if (!value.isEmpty() && (serves || !property.equals("server.port"))) {
				ports.add(Integer.parseInt(value));
			}
		});
		if ("migrate".equals(env.get("SPRING_PROFILES_ACTIVE"))) {
			return Set.of();
		}
		return ports;
	}

	/** The plain environment of a container: its ConfigMaps and literal values. */
	static Map<String, String> environment(Rendered rendered, Workload workload, Container container) {
		Map<String, String> env = new HashMap<>();
		for (EnvFromSource from : container.getEnvFrom()) {
			if (from.getConfigMapRef() != null) {
				ConfigMap map = rendered.configMap(workload.namespace(), from.getConfigMapRef().getName())
					.orElseThrow(() -> new AssertionError(workload.node() + " reads ConfigMap "
							+ from.getConfigMapRef().getName() + ", which the overlay lacks"));
				env.putAll(map.getData());
			}
		}
		for (EnvVar variable : container.getEnv()) {
			if (variable.getValue() != null) {
				env.put(variable.getName(), variable.getValue());
			}
		}
		return env;
	}

	static String envName(String property) {
		return property.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * A module's own settings ({@code src/main/resources/application.yaml}), flattened to
	 * property names.
	 */
	static Map<String, String> settings(String module) {
		Path file = Deployables.projectRoot().resolve(module).resolve("src/main/resources/application.yaml");
		Map<String, String> flat = new HashMap<>();
		if (!Files.exists(file)) {
			return flat;
		}
		try (InputStream in = Files.newInputStream(file)) {
			for (Object document : new Yaml().loadAll(in)) {
				flatten("", document, flat);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return flat;
	}

	private static void flatten(String prefix, Object value, Map<String, String> into) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, child, into));
		}
		else if (value != null) {
			into.put(prefix, value.toString());
		}
	}

}
