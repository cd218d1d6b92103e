package com.example.shop.ui.base;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import reactor.core.publisher.Mono;

/**
 * A list's "Export CSV" link: the rows its current filters find, fetched from the BFF a
 * hundred at a time when the link is followed, as RFC 4180 CSV (Apache Commons CSV) in
 * UTF-8 with a byte-order mark, so a spreadsheet opens Korean names as they are.
 * <p>
 * Headers are the grid's, in the user's language; values are for reading again: dates as
 * ISO dates, amounts as plain decimals with the currency in a column of its own, statuses
 * as the grid shows them. At most {@link #MAX_ROWS} rows: a larger list says so in the
 * file's name ({@code orders-2026-12-01-first-10000-of-12345.csv}), never silently.
 *
 * @param <T> a row
 */
public final class CsvExport<T> {

	/** The most rows one export fetches: a hundred BFF calls. */
	public static final int MAX_ROWS = 10_000;

	/** Rows per BFF call: the backends' maximum page. */
	static final int PAGE = 100;

	private final String name;

	private final List<Column<T>> columns;

	private final Source<T> source;

	private final Supplier<LocalDate> today;

	private CsvExport(String name, List<Column<T>> columns, Source<T> source, Supplier<LocalDate> today) {
		this.name = name;
		this.columns = List.copyOf(columns);
		this.source = source;
		this.today = today;
	}

	/**
	 * An export of a list.
	 * @param name the file's name before its date, such as {@code orders}
	 * @param columns what each row becomes
	 * @param source one page of the list as its filters are when the link is followed
	 * @param today the business day, for the file's name
	 */
	public static <T> CsvExport<T> of(String name, List<Column<T>> columns, Source<T> source,
			Supplier<LocalDate> today) {
		return new CsvExport<>(name, columns, source, today);
	}

	/** The link that downloads it, labelled in the user's language. */
	public Anchor link(String label) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			File file = file();
			return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), "text/csv;charset=UTF-8",
					file.content().length);
		}), "");
		link.add(VaadinIcon.DOWNLOAD_ALT.create());
		link.add(label);
		link.getElement().setAttribute("download", true);
		link.addClassName("csv-export");
		return link;
	}

	/**
	 * Fetches every row (up to {@link #MAX_ROWS}) and writes the file: what the link
	 * downloads.
	 */
	public File file() {
		List<T> rows = new ArrayList<>();
		long total = 0;
		for (int page = 0; rows.size() < MAX_ROWS; page++) {
			Slice<T> slice = this.source.page(page, PAGE).block();
			if (slice == null) {
				break;
			}
			total = slice.total();
			rows.addAll(slice.items());
			if (slice.items().size() < PAGE || rows.size() >= total) {
				break;
			}
		}
		List<T> exported = (rows.size() > MAX_ROWS) ? rows.subList(0, MAX_ROWS) : rows;
		String day = this.today.get().toString();
		String fileName = (total > exported.size())
				? "%s-%s-first-%d-of-%d.csv".formatted(this.name, day, exported.size(), total)
				: "%s-%s.csv".formatted(this.name, day);
		return new File(fileName, write(exported));
	}

	private byte[] write(List<T> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			out.write('\uFEFF');
			csv.printRecord(this.columns.stream().map(Column::header).toList());
			for (T row : rows) {
				csv.printRecord(this.columns.stream().map((c) -> c.value().apply(row)).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * One column.
	 *
	 * @param header its header, in the user's language
	 * @param value the row's value ({@code null} is an empty cell)
	 * @param <T> a row
	 */
	public record Column<T>(String header, Function<T, Object> value) {
	}

	/**
	 * One page of a list and how many rows the whole list has.
	 *
	 * @param items the page's rows
	 * @param total the list's rows
	 * @param <T> a row
	 */
	public record Slice<T>(List<T> items, long total) {
	}

	/** The list, a page at a time. */
	@FunctionalInterface
	public interface Source<T> {

		Mono<Slice<T>> page(int page, int size);

	}

	/**
	 * A written file.
	 *
	 * @param name its name
	 * @param content its bytes
	 */
	public record File(String name, byte[] content) {

		/** The text without its byte-order mark. */
		public String text() {
			return new String(this.content, StandardCharsets.UTF_8).substring(1);
		}

	}

}
