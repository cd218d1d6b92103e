package com.example.shop.batch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files a job writes for people (rejects reports, statements): written beside their place
 * and moved in one step, so a reader never sees half of one and a run restarted after a
 * failure simply writes it again.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {

		void writeTo(Writer out) throws IOException;

	}

	/**
	 * Writes a UTF-8 text file in one step, creating its folder.
	 * @throws UncheckedIOException naming the file if it cannot be written
	 */
	public static void write(Path file, Content content) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				content.writeTo(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

}
