package com.example.shop.ui.base;

import java.util.List;
import java.util.Locale;

/**
 * Small server-side SVG charts: plain markup, every text escaped, sized by a viewBox so
 * they scale with what holds them. No chart component (the free ones have none). The
 * dashboard's panels and the customer statement's ageing draw with it; {@code shop.css}
 * styles {@code svg.chart}.
 */
public final class SvgCharts {

	private static final int WIDTH = 480;

	private static final int HEIGHT = 200;

	/**
	 * How much of a row's label fits its 150-unit column at the label's font size, in
	 * narrow characters (a Hangul syllable or a CJK character counts as two). Twenty
	 * average ones fill it exactly, so a label of wider letters ("Paper Towels Compact")
	 * ran into its bar: eighteen leave room for capitals.
	 */
	static final int LABEL_WIDTH = 18;

	private SvgCharts() {
	}

	/**
	 * One value and its label.
	 *
	 * @param label the label under or beside the bar
	 * @param value the value that sets the bar's length
	 * @param shown the value as the locale writes it
	 * @param tone what the value means, as a colour: {@code primary}, {@code success},
	 * {@code warning}, {@code error} or {@code muted}
	 * @param href where the bar leads (the list of what it counts), relative to the app,
	 * or {@code null} for none
	 * @param name what a screen reader says for the link, or {@code null} for none
	 */
	public record Bar(String label, double value, String shown, String tone, String href, String name) {

		public Bar(String label, double value, String shown) {
			this(label, value, shown, "primary");
		}

		public Bar(String label, double value, String shown, String tone) {
			this(label, value, shown, tone, null, null);
		}

		/**
		 * The same bar leading to {@code href}, named {@code name} for screen readers.
		 */
		public Bar linked(String href, String name) {
			return new Bar(this.label, this.value, this.shown, this.tone, href, name);
		}

	}

	/**
	 * The tone of an ageing bucket that starts {@code fromDaysOverdue} days past due: the
	 * longer overdue, the louder. Not yet due is fine, up to 60 days a warning, past that
	 * trouble.
	 */
	public static String ageingTone(int fromDaysOverdue) {
		return (fromDaysOverdue <= 0) ? "success" : (fromDaysOverdue <= 60) ? "warning" : "error";
	}

	/** Vertical bars (a time series): labels under every few bars, values on hover. */
	public static String columns(String title, List<Bar> bars) {
		StringBuilder svg = open(title);
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		int plotHeight = HEIGHT - 30;
		double slot = (double) WIDTH / Math.max(1, bars.size());
		int labelEvery = Math.max(1, bars.size() / 6);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double h = (max > 0) ? bar.value() / max * (plotHeight - 10) : 0;
			double x = i * slot + slot * 0.15;
			// A linked column is as tall as the plot where it can be clicked, so a day
			// with
			// little revenue is still a target; only its visible part is coloured.
			svg.append(openLink(bar));
			if (bar.href() != null) {
				svg.append("<rect class=\"target\" x=\"%s\" y=\"0\" width=\"%s\" height=\"%d\"/>"
					.formatted(num(i * slot), num(slot), plotHeight));
			}
			svg.append("<rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"><title>%s: %s</title></rect>"
				.formatted(num(x), num(plotHeight - h), num(slot * 0.7), num(h), escape(bar.label()),
						escape(bar.shown())));
			svg.append(closeLink(bar));
			if (i % labelEvery == 0) {
				// The first label starts at the edge rather than centring on its bar, or
				// its start is cut off.
				boolean first = i == 0;
				svg.append("<text class=\"axis\" x=\"%s\" y=\"%d\" text-anchor=\"%s\">%s</text>".formatted(
						num(first ? 0 : x + slot * 0.35), HEIGHT - 10, first ? "start" : "middle",
						escape(bar.label())));
			}
		}
		svg.append("<line class=\"baseline\" x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>".formatted(plotHeight, WIDTH,
				plotHeight));
		return svg.append("</svg>").toString();
	}

	/** Horizontal bars (categories): label left, value right of the bar. */
	public static String rows(String title, List<Bar> bars) {
		return rows(title, bars, 0);
	}

	/**
	 * Horizontal bars on a scale of at least {@code scale}: a stock of 1 against a
	 * low-stock threshold of 10 is a tenth of the width, not all of it. A label longer
	 * than its column is cut with an ellipsis (the bar's tooltip has all of it), so it
	 * never runs into the bar.
	 */
	public static String rows(String title, List<Bar> bars, double scale) {
		int rowHeight = 28;
		int height = Math.max(rowHeight, bars.size() * rowHeight) + 8;
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" aria-label=\"%s\"><title>%s</title>"
					.formatted(WIDTH, height, escape(title), escape(title)));
		double max = Math.max(scale, bars.stream().mapToDouble(Bar::value).max().orElse(0));
		int labelWidth = 150;
		int valueWidth = 110;
		int plot = WIDTH - labelWidth - valueWidth;
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = 4 + i * rowHeight;
			double w = (max > 0) ? bar.value() / max * plot : 0;
			svg.append(openLink(bar));
			svg.append("<text class=\"label\" x=\"0\" y=\"%d\">%s</text>".formatted(y + 18,
					escape(cut(bar.label(), LABEL_WIDTH))));
			svg.append(
					"<rect class=\"bar tone-%s\" x=\"%d\" y=\"%d\" width=\"%s\" height=\"%d\" rx=\"3\"><title>%s: %s</title></rect>"
						.formatted(escape(bar.tone()), labelWidth, y + 4, num(Math.max(w, 1)), rowHeight - 10,
								escape(bar.label()), escape(bar.shown())));
			svg.append("<text class=\"value\" x=\"%s\" y=\"%d\">%s</text>".formatted(num(labelWidth + w + 6), y + 18,
					escape(bar.shown())));
			svg.append(closeLink(bar));
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A real link around a bar (SVG's {@code <a href>}): Tab reaches it, Enter follows
	 * it, a middle click opens it in a new tab, and its name says what it opens.
	 */
	private static String openLink(Bar bar) {
		if (bar.href() == null) {
			return "";
		}
		return "<a class=\"bar-link\" href=\"%s\" aria-label=\"%s\">".formatted(escape(bar.href()),
				escape((bar.name() != null) ? bar.name() : bar.label() + ": " + bar.shown()));
	}

	private static String closeLink(Bar bar) {
		return (bar.href() != null) ? "</a>" : "";
	}

	/**
	 * {@code text} at most {@code width} narrow characters wide (wide ones count two),
	 * cut with an ellipsis.
	 */
	static String cut(String text, int width) {
		if (text == null) {
			return null;
		}
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int c = text.codePointAt(end);
			int next = used + (wide(c) ? 2 : 1);
			if (next > width - 1 && end + Character.charCount(c) < text.length()) {
				return text.substring(0, end).stripTrailing() + "…";
			}
			used = next;
			end += Character.charCount(c);
		}
		return text;
	}

	private static boolean wide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
				|| script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
				|| (codePoint >= 0xFF01 && codePoint <= 0xFF60);
	}

	private static StringBuilder open(String title) {
		return new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" aria-label=\"%s\"><title>%s</title>"
					.formatted(WIDTH, HEIGHT, escape(title), escape(title)));
	}

	/** Escapes text for SVG (XML) content and attributes. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
