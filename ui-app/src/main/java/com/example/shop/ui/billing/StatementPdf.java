package com.example.shop.ui.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A customer statement as a PDF, drawn with OpenPDF from what the page shows, already
 * translated and formatted for the reader (so it knows nothing of Vaadin or locales).
 * Every text is set in NanumSquare, a font with Hangul and Latin (SIL Open Font License
 * 1.1, shipped unmodified in {@code fonts/}, see docs/decisions.md): PDF's standard fonts
 * have no Hangul, and a font found on the server would make the PDF depend on the
 * machine. It is embedded as a subset, so a PDF carries only the glyphs it uses.
 */
final class StatementPdf {

	private static final String FONT = "/fonts/NanumSquareR.ttf";

	private static volatile BaseFont font;

	private StatementPdf() {
	}

	/**
	 * @param title the heading (the customer's name in it)
	 * @param subtitle the period and the day it was made
	 * @param facts labelled figures (opening balance, ..., closing balance)
	 * @param header the lines table's column names
	 * @param rows the lines, each as many cells as {@code header}; amounts in the last
	 * three columns
	 * @return the PDF's bytes
	 */
	static byte[] render(String title, String subtitle, List<Fact> facts, List<String> header,
			List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.addCreator("shop");
		document.open();
		BaseFont base = font();
		Font heading = new Font(base, 16);
		Font text = new Font(base, 10);
		Font small = new Font(base, 8);
		document.add(new Paragraph(title, heading));
		document.add(new Paragraph(subtitle, text));
		PdfPTable figures = new PdfPTable(facts.size());
		figures.setWidthPercentage(100);
		figures.setSpacingBefore(12);
		for (Fact fact : facts) {
			PdfPCell cell = new PdfPCell();
			cell.addElement(new Paragraph(fact.label(), small));
			cell.addElement(new Paragraph(fact.value(), text));
			cell.setBorder(PdfPCell.NO_BORDER);
			figures.addCell(cell);
		}
		document.add(figures);
		PdfPTable lines = new PdfPTable(header.size());
		lines.setWidthPercentage(100);
		lines.setSpacingBefore(12);
		lines.setHeaderRows(1);
		for (String name : header) {
			PdfPCell cell = new PdfPCell(new Phrase(name, small));
			cell.setGrayFill(0.9f);
			lines.addCell(cell);
		}
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				PdfPCell cell = new PdfPCell(new Phrase(row.get(i), text));
				if (i >= row.size() - 3) {
					cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				lines.addCell(cell);
			}
		}
		document.add(lines);
		document.close();
		return out.toByteArray();
	}

	private static BaseFont font() {
		if (font == null) {
			try (InputStream in = StatementPdf.class.getResourceAsStream(FONT)) {
				if (in == null) {
					throw new IllegalStateException(FONT + " is missing from the class path");
				}
				font = BaseFont.createFont("NanumSquareR.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						in.readAllBytes(), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return font;
	}

	/**
	 * A labelled figure.
	 *
	 * @param label what it is
	 * @param value the figure as shown
	 */
	record Fact(String label, String value) {
	}

}
