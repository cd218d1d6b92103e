package com.example.shop.testsupport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one list of deployables ({@code images/deployables}): what
 * {@code ./build-images.sh} builds and what the Kubernetes bases deploy. The image and
 * manifest tests enumerate it, so a new deployable is one line there.
 */
public final class Deployables {

	private Deployables() {
	}

	/**
	 * A deployable: its image name, Maven module, kind and domain ({@code all} for
	 * ui-app).
	 */
	public record Deployable(String image, String module, Kind kind, String domain) {

	}

	/** What a deployable is in Kubernetes. */
	public enum Kind {

		/** A Deployment behind a Service. */
		SERVICE,
		/** A Job that runs before its backend rolls out. */
		MIGRATIONS,
		/** CronJobs and Job templates. */
		BATCH

	}

	/** Every deployable, in the list's order. */
	public static List<Deployable> all() {
		try {
			return Files.readAllLines(projectRoot().resolve("images/deployables"))
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.split("\\s+"))
				.map((f) -> new Deployable(f[0], f[1], Kind.valueOf(f[2].toUpperCase()), f[3]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The one named {@code image}, if listed. */
	public static Optional<Deployable> named(String image) {
		return all().stream().filter((d) -> d.image().equals(image)).findFirst();
	}

	/**
	 * The checkout's root: the nearest folder upwards holding {@code images/deployables}.
	 */
	public static Path projectRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("images/deployables"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No images/deployables above " + Path.of("").toAbsolutePath());
	}

}
