package com.example.shop.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language each person chose ({@code PUT /account/locale}), which their tokens'
 * {@code locale} claim carries from then on; the configured {@code locale} of a person is
 * only where they start. Kept in {@value #FILE} in {@code app.identity.data-dir}, written
 * whole to a temporary file and moved over the old one, so a restart keeps the choices
 * and a crash mid-write leaves the last complete file. Without a data directory the
 * choices live as long as the process.
 */
final class ChosenLanguages {

	/** The languages the shop offers (its UI is translated into these). */
	static final List<String> OFFERED = List.of("en", "ko");

	static final String FILE = "languages.properties";

	private static final Logger log = LoggerFactory.getLogger(ChosenLanguages.class);

	private final Map<String, String> chosen = new ConcurrentHashMap<>();

	private final Path file;

	/**
	 * @param dataDir where the choices are kept; {@code null} keeps them in memory
	 */
	ChosenLanguages(Path dataDir) {
		this.file = (dataDir != null) ? dataDir.toAbsolutePath().resolve(FILE) : null;
		if (this.file == null) {
			log.info("No app.identity.data-dir: the languages people choose are not kept across restarts");
			return;
		}
		if (Files.isRegularFile(this.file)) {
			Properties stored = new Properties();
			try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
				stored.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The chosen languages in " + this.file + " cannot be read", ex);
			}
			stored.stringPropertyNames()
				.stream()
				.filter((name) -> OFFERED.contains(stored.getProperty(name)))
				.forEach((name) -> this.chosen.put(name, stored.getProperty(name)));
		}
	}

	/** The language the person chose, if they did. */
	Optional<String> of(String username) {
		return Optional.ofNullable(this.chosen.get(username));
	}

	/**
	 * Keeps the person's choice, on disk first: when it cannot be written, nothing
	 * changes.
	 * @param username the person
	 * @param language one of {@link #OFFERED}
	 */
	synchronized void choose(String username, String language) {
		if (!OFFERED.contains(language)) {
			throw new IllegalArgumentException("Not a language the shop offers: " + language);
		}
		if (this.file != null) {
			Properties next = new Properties();
			next.putAll(this.chosen);
			next.put(username, language);
			write(next);
		}
		this.chosen.put(username, language);
	}

	private void write(Properties choices) {
		try {
			Files.createDirectories(this.file.getParent());
			Path temporary = Files.createTempFile(this.file.getParent(), FILE, ".tmp");
			try {
				try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
					choices.store(writer, "The languages people chose (PUT /account/locale)");
				}
				Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The chosen languages cannot be written to " + this.file, ex);
		}
	}

}
