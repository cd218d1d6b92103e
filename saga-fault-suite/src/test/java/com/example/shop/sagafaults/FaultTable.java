package com.example.shop.sagafaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the suite reports: for each fault and step boundary, how many runs put that fault
 * there and whether every invariant held after each. Printed at the end and written to
 * {@code target/saga-faults/table.txt}.
 */
final class FaultTable {

	private final Map<Fault, Map<Step, int[]>> cells = new EnumMap<>(Fault.class);

	private final List<String> failures = new ArrayList<>();

	/**
	 * One run of {@code fault} at {@code step}, and whether the invariants held after it.
	 */
	synchronized void record(Fault fault, Step step, boolean held, String detail) {
		int[] cell = this.cells.computeIfAbsent(fault, (f) -> new EnumMap<>(Step.class))
			.computeIfAbsent(step, (s) -> new int[2]);
		cell[0]++;
		if (!held) {
			cell[1]++;
			this.failures.add("%s at %s: %s".formatted(fault.label, step.label, detail));
		}
	}

	synchronized List<String> failures() {
		return List.copyOf(this.failures);
	}

	synchronized String render(String heading) {
		StringBuilder out = new StringBuilder();
		out.append(heading).append('\n');
		int width = 28;
		out.append(pad("fault \\ step", width));
		for (Step step : Step.values()) {
			out.append(pad(step.label, 11));
		}
		out.append('\n');
		for (Fault fault : Fault.values()) {
			out.append(pad(fault.label, width));
			Map<Step, int[]> row = this.cells.getOrDefault(fault, Map.of());
			for (Step step : Step.values()) {
				int[] cell = row.get(step);
				String text = (cell == null) ? "-" : (cell[1] == 0) ? "held " + cell[0] : "FAILED " + cell[1];
				out.append(pad(text, 11));
			}
			out.append('\n');
		}
		out.append("held N: the invariants held after each of N runs with that fault at that step; "
				+ "-: the fault does not apply there.\n");
		return out.toString();
	}

	void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pad(String text, int width) {
		return (text.length() >= width) ? text + " " : text + " ".repeat(width - text.length());
	}

}
