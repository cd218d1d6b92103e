package com.example.shop.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a host command to its end and returns its output lines; a non-zero exit fails. */
final class Shell {

	private Shell() {
	}

	static List<String> run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IOException(String.join(" ", command) + " exited " + exit + ":\n" + output);
		}
		return output.lines().toList();
	}

}
