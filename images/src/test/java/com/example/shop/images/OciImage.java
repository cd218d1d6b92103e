package com.example.shop.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.example.shop.testsupport.deploy.Deployables;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An image as {@code ./build-images.sh} leaves it: an OCI image layout in a tarball under
 * {@code target/images/}. Read with the system's {@code tar}, as any registry tool would
 * read it: index, manifest, config, layers.
 */
record OciImage(String name, Path layout, String reference, String digest, JsonNode config, List<Layer> layers) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Jib's layers carry libarchive's creation time headers, which GNU tar warns about.
	 */
	private static final String QUIET = "--warning=no-unknown-keyword";

	/** One layer: its blob and what Jib says it holds. */
	record Layer(Path blob, String comment) {

	}

	static Path imagesDir() {
		return Deployables.projectRoot().resolve("target/images");
	}

	/**
	 * Reads the tarball of image {@code name}, unpacked once per test run.
	 * @param name the image name ({@code images/deployables})
	 */
	static OciImage read(String name) throws IOException, InterruptedException {
		Path tar = imagesDir().resolve(name + ".tar");
		if (!Files.isRegularFile(tar)) {
			throw new IllegalStateException(tar + " is missing: these tests read the images built in the same run "
					+ "(./run-tests.sh, ./mvnw verify -Pimages or ./build-images.sh first)");
		}
		Path layout = Path.of("target/oci", name).toAbsolutePath();
		if (!Files.isRegularFile(layout.resolve("index.json"))
				|| Files.getLastModifiedTime(layout.resolve("index.json"))
					.compareTo(Files.getLastModifiedTime(tar)) < 0) {
			Shell.run("rm", "-rf", layout.toString());
			Files.createDirectories(layout);
			Shell.run("tar", "-xf", tar.toString(), "-C", layout.toString());
			Files.setLastModifiedTime(layout.resolve("index.json"), Files.getLastModifiedTime(tar));
		}
		JsonNode descriptor = JSON.readTree(layout.resolve("index.json").toFile()).get("manifests").get(0);
		String digest = descriptor.get("digest").asString();
		JsonNode manifest = JSON.readTree(blob(layout, digest).toFile());
		JsonNode config = JSON.readTree(blob(layout, manifest.get("config").get("digest").asString()).toFile());
		List<Layer> layers = new ArrayList<>();
		JsonNode history = config.get("history");
		for (int i = 0; i < manifest.get("layers").size(); i++) {
			layers.add(new Layer(blob(layout, manifest.get("layers").get(i).get("digest").asString()),
					history.get(i).path("comment").asString()));
		}
		return new OciImage(name, layout,
				descriptor.get("annotations").get("org.opencontainers.image.ref.name").asString(), digest,
				config.get("config"), List.copyOf(layers));
	}

	private static Path blob(Path layout, String digest) {
		return layout.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
	}

	String user() {
		return this.config.get("User").asString();
	}

	Map<String, String> labels() {
		Map<String, String> labels = new TreeMap<>();
		this.config.get("Labels").properties().forEach((e) -> labels.put(e.getKey(), e.getValue().asString()));
		return labels;
	}

	Map<String, String> environment() {
		Map<String, String> env = new TreeMap<>();
		for (JsonNode entry : this.config.get("Env")) {
			String[] pair = entry.asString().split("=", 2);
			env.put(pair[0], pair[1]);
		}
		return env;
	}

	List<String> entrypoint() {
		List<String> command = new ArrayList<>();
		this.config.get("Entrypoint").forEach((part) -> command.add(part.asString()));
		this.config.path("Cmd").forEach((part) -> command.add(part.asString()));
		return command;
	}

	/**
	 * Every path in every layer, with its mode and owner, as {@code tar -tv} lists them.
	 */
	List<String> listing() throws IOException, InterruptedException {
		List<String> entries = new ArrayList<>();
		for (Layer layer : this.layers) {
			entries.addAll(Shell.run("tar", QUIET, "-tvzf", layer.blob().toString(), "--numeric-owner"));
		}
		return entries;
	}

	/** The file system the container sees: every layer unpacked in order, owners kept. */
	Path unpack(Path rootfs) throws IOException, InterruptedException {
		Shell.run("rm", "-rf", rootfs.toString());
		Files.createDirectories(rootfs);
		for (Layer layer : this.layers) {
			Shell.run("tar", QUIET, "-xzf", layer.blob().toString(), "-C", rootfs.toString(), "--numeric-owner",
					"--same-permissions");
		}
		return rootfs;
	}

	/** A file of the image as text (from the layer that holds it). */
	String file(String path) throws IOException, InterruptedException {
		for (Layer layer : this.layers.reversed()) {
			List<String> names = Shell.run("tar", QUIET, "-tzf", layer.blob().toString());
			if (names.contains(path.substring(1))) {
				return String.join("\n", Shell.run("tar", QUIET, "-xzOf", layer.blob().toString(), path.substring(1)));
			}
		}
		throw new IllegalArgumentException(this.name + " has no " + path);
	}

}
