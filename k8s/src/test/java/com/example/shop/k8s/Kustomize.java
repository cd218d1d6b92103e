package com.example.shop.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.example.shop.testsupport.deploy.Deployables;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Renders an overlay with {@code kubectl kustomize} (offline, no cluster) and parses
 * every object into fabric8's Kubernetes API model.
 */
final class Kustomize {

	/** Every overlay ops deploy; each renders and passes every check. */
	static final List<String> OVERLAYS = List.of("one-cluster", "three-clusters/orders", "three-clusters/catalog",
			"three-clusters/billing", "dev", "prod");

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

	private Kustomize() {
	}

	static Path k8s() {
		return Deployables.projectRoot().resolve("k8s");
	}

	/** The overlay rendered and parsed, once per test JVM. */
	static Rendered overlay(String overlay) {
		return CACHE.computeIfAbsent(overlay,
				(name) -> new Rendered(name, parse(render(k8s().resolve("overlays").resolve(name)))));
	}

	/** {@code kubectl kustomize DIR}'s output. */
	static String render(Path dir) {
		try {
			Process process = new ProcessBuilder(kubectl(), "kustomize", dir.toString()).start();
			byte[] out = process.getInputStream().readAllBytes();
			String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException("kubectl kustomize " + dir + " failed:\n" + err);
			}
			return new String(out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Each YAML document as the model object of its kind. */
	static List<HasMetadata> parse(String yaml) {
		List<HasMetadata> objects = new ArrayList<>();
		for (String document : yaml.split("(?m)^---$")) {
			if (!document.isBlank()) {
				objects.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
			}
		}
		return objects;
	}

	private static String kubectl() {
		String configured = System.getenv("KUBECTL");
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(dir, "kubectl"))) {
				return Path.of(dir, "kubectl").toString();
			}
		}
		throw new IllegalStateException(
				"The manifest checks need kubectl 1.27+ (its built-in Kustomize 5) on the PATH or "
						+ "in KUBECTL; .ci/run installs one (see k8s/README.md, \"Checks\").");
	}

}
