package com.example.shop.catalog.batch.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.example.shop.batch.support.ExecutionSummary;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the import file record by record (Apache Commons CSV, RFC 4180: quoted commas,
 * quotes and line breaks; UTF-8, a byte order mark allowed), so a file of any length is
 * read in bounded memory. The header is checked on opening ({@link ImportColumns}): a
 * wrong one fails the step before any row is read. A restart skips the records the last
 * commit covered.
 */
class CsvRowReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

	private final Path file;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private ImportColumns columns;

	private long lastLine = 1;

	CsvRowReader(Path file) {
		this.file = file;
		setName("csv");
	}

	ImportColumns columns() {
		return this.columns;
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		if (!context.containsKey(ExecutionSummary.TOTAL)) {
			context.putLong(ExecutionSummary.TOTAL, estimateRows());
		}
		// Where a restart starts: the records the last commit covered.
		context.putLong(ExecutionSummary.DONE_BEFORE,
				(context.get(getExecutionContextKey("read.count")) instanceof Number n) ? n.longValue() : 0);
		super.open(context);
	}

	@Override
	protected void doOpen() throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		Reader reader = new java.io.BufferedReader(
				new java.io.InputStreamReader(Files.newInputStream(this.file), decoder), 1 << 16);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowDuplicateHeaderNames(true)
			.get();
		try {
			this.parser = CSVParser.parse(reader, format);
		}
		catch (UncheckedIOException | IllegalArgumentException ex) {
			reader.close();
			throw new IllegalArgumentException(
					"The file's header cannot be read as CSV: " + ex.getMessage() + "; nothing was imported.", ex);
		}
		java.util.List<String> header = this.parser.getHeaderNames()
			.stream()
			.map((name) -> name.replace("\uFEFF", "").strip())
			.toList();
		this.columns = ImportColumns.of(header);
		this.records = this.parser.iterator();
		this.lastLine = this.parser.getCurrentLineNumber();
	}

	@Override
	protected CsvRow doRead() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			long line = this.lastLine + 1;
			this.lastLine = this.parser.getCurrentLineNumber();
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < this.columns.header().size(); i++) {
				values.put(this.columns.header().get(i), (i < record.size()) ? record.get(i) : null);
			}
			return new CsvRow(line, values, record.size());
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new IllegalStateException("The file cannot be read as CSV after line %d: %s".formatted(this.lastLine,
					(ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage()), ex);
		}
	}

	@Override
	protected void doClose() throws IOException {
		if (this.parser != null) {
			this.parser.close();
		}
	}

	/**
	 * Lines less the header: close enough for a progress estimate, read at disk speed.
	 */
	private long estimateRows() {
		try (Stream<String> lines = Files.lines(this.file, StandardCharsets.ISO_8859_1)) {
			return Math.max(0, lines.count() - 1);
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

}
