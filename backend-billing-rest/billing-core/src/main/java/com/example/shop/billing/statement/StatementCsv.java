package com.example.shop.billing.statement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Statements as an accountant's spreadsheet reads them: RFC 4180 CSV (CRLF line ends,
 * fields quoted when they hold a comma, a quote or a line break), UTF-8 with a byte order
 * mark (so a spreadsheet shows Korean names right), amounts as plain decimals with two
 * fraction digits and no thousands separators, ISO dates. One file per customer (opening
 * row, each entry with debit, credit and running balance, closing row with the totals)
 * and one summary (a row per customer and a total row).
 */
public final class StatementCsv {

	private static final String BOM = "\uFEFF";

	private static final String CRLF = "\r\n";

	private StatementCsv() {
	}

	/** The file of one customer's statement. */
	public static String statement(CustomerStatement s) {
		StringBuilder csv = new StringBuilder(BOM);
		row(csv, "date", "type", "reference", "description", "debit", "credit", "balance", "currency");
		String currency = s.currency().getCurrencyCode();
		row(csv, s.from().toString(), "OPENING", "", "Opening balance, " + s.customerName(), "", "",
				amount(s.openingBalance()), currency);
		for (CustomerStatement.Line line : s.lines()) {
			row(csv, line.date().toString(), line.kind().name(), line.reference(), line.description(),
					blankIfZero(line.debit()), blankIfZero(line.credit()), amount(line.balance()), currency);
		}
		row(csv, s.to().toString(), "CLOSING", "", "Closing balance", amount(s.invoiced()),
				amount(s.voided().add(s.paid())), amount(s.closingBalance()), currency);
		return csv.toString();
	}

	/**
	 * The file name of a customer's statement: the period, a readable form of the name
	 * and the customer id's first block, unique and sortable.
	 */
	public static String fileName(CustomerStatement s) {
		return "statement_%s_%s_%s.csv".formatted(period(s.from(), s.to()), slug(s.customerName()),
				s.customerId().toString().substring(0, 8));
	}

	/** The summary's file name. */
	public static String summaryFileName(LocalDate from, LocalDate to) {
		return "summary_%s.csv".formatted(period(from, to));
	}

	/** The summary of a run: one row per statement written, then the totals. */
	public static String summary(String currency, List<Figures> statements) {
		StringBuilder csv = new StringBuilder(BOM);
		row(csv, "customer_id", "customer_name", "opening_balance", "invoiced", "voided", "paid", "closing_balance",
				"currency", "file");
		BigDecimal[] totals = { BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2) };
		for (Figures f : statements) {
			row(csv, f.customerId().toString(), f.customerName(), amount(f.openingBalance()), amount(f.invoiced()),
					amount(f.voided()), amount(f.paid()), amount(f.closingBalance()), currency, f.fileName());
			totals[0] = totals[0].add(f.openingBalance());
			totals[1] = totals[1].add(f.invoiced());
			totals[2] = totals[2].add(f.voided());
			totals[3] = totals[3].add(f.paid());
			totals[4] = totals[4].add(f.closingBalance());
		}
		row(csv, "", "TOTAL (%d customers)".formatted(statements.size()), amount(totals[0]), amount(totals[1]),
				amount(totals[2]), amount(totals[3]), amount(totals[4]), currency, "");
		return csv.toString();
	}

	/** The bytes to write: UTF-8. */
	public static byte[] bytes(String csv) {
		return csv.getBytes(StandardCharsets.UTF_8);
	}

	private static String period(LocalDate from, LocalDate to) {
		boolean wholeMonth = from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()));
		return wholeMonth ? from.toString().substring(0, 7) : from + "_" + to;
	}

	private static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			return "customer";
		}
		return (slug.length() > 40) ? slug.substring(0, 40).replaceAll("-$", "") : slug;
	}

	private static String amount(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	private static String blankIfZero(BigDecimal amount) {
		return (amount.signum() == 0) ? "" : amount(amount);
	}

	private static void row(StringBuilder csv, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(fields[i]));
		}
		csv.append(CRLF);
	}

	/** RFC 4180: quoted when needed, quotes doubled. */
	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	/**
	 * One statement's figures, as the summary lists them.
	 *
	 * @param customerId the customer
	 * @param customerName the customer's name
	 * @param openingBalance owed at the start
	 * @param invoiced invoices issued
	 * @param voided invoices voided
	 * @param paid payments received
	 * @param closingBalance owed at the end
	 * @param fileName the statement's file
	 */
	public record Figures(UUID customerId, String customerName, BigDecimal openingBalance, BigDecimal invoiced,
			BigDecimal voided, BigDecimal paid, BigDecimal closingBalance, String fileName) {

		public static Figures of(CustomerStatement s) {
			return new Figures(s.customerId(), s.customerName(), s.openingBalance(), s.invoiced(), s.voided(), s.paid(),
					s.closingBalance(), StatementCsv.fileName(s));
		}

	}

}
