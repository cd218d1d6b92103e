package com.example.shop.ui.base;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export pages through a list a hundred at a time, writes CSV a spreadsheet and a
 * parser read back exactly, and never cuts a long list silently.
 */
class CsvExportTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private final List<Integer> pagesAsked = new ArrayList<>();

	@Test
	void everyRowIsFetchedAHundredAtATimeAndReadsBackExactly() throws IOException {
		List<String> names = new ArrayList<>(IntStream.range(0, 248).mapToObj((i) -> "Customer " + i).toList());
		names.set(7, "Hanbit, \"Foods\"\nSeoul");
		names.set(8, "사무용품 한빛");

		CsvExport.File file = export(names).file();

		assertThat(this.pagesAsked).containsExactly(0, 1, 2);
		assertThat(file.name()).isEqualTo("customers-2026-12-01.csv");
		assertThat(new String(file.content(), StandardCharsets.UTF_8)).as("a byte-order mark for spreadsheets")
			.startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(file.text())).getRecords();
		assertThat(records).hasSize(249);
		assertThat(records.getFirst().values()).containsExactly("Name", "Length");
		assertThat(records.get(8).values()).containsExactly("Hanbit, \"Foods\"\nSeoul", "21");
		assertThat(records.get(9).get(0)).isEqualTo("사무용품 한빛");
		assertThat(records.get(248).get(0)).isEqualTo("Customer 247");
	}

	@Test
	void aListLongerThanTheLimitSaysInTheFileNameThatItHoldsOnlyTheFirstRows() throws IOException {
		List<String> names = IntStream.range(0, CsvExport.MAX_ROWS + 345).mapToObj((i) -> "C" + i).toList();

		CsvExport.File file = export(names).file();

		assertThat(file.name()).isEqualTo("customers-2026-12-01-first-10000-of-10345.csv");
		assertThat(CSVFormat.RFC4180.parse(new StringReader(file.text())).getRecords()).hasSize(1 + 10_000);
		assertThat(this.pagesAsked).hasSize(100);
	}

	@Test
	void anEmptyListIsItsHeaderAlone() throws IOException {
		CsvExport.File file = export(List.of()).file();

		assertThat(CSVFormat.RFC4180.parse(new StringReader(file.text())).getRecords()).hasSize(1);
	}

	private CsvExport<String> export(List<String> names) {
		return CsvExport.of("customers", List.of(new CsvExport.Column<>("Name", (String n) -> n),
				new CsvExport.Column<>("Length", (String n) -> n.length())), (page, size) -> {
					this.pagesAsked.add(page);
					int from = Math.min(page * size, names.size());
					return Mono.just(new CsvExport.Slice<>(names.subList(from, Math.min(from + size, names.size())),
							names.size()));
				}, () -> TODAY);
	}

}
