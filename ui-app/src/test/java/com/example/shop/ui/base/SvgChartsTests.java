package com.example.shop.ui.base;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartsTests {

	private static final Pattern BAR_WIDTH = Pattern
		.compile("<rect class=\"bar[^\"]*\" x=\"\\d+\" y=\"\\d+\" width=\"([0-9.]+)\"");

	@Test
	void aStockOfOneOnTheThresholdsScaleIsAShortBarNotAFullOne() {
		String chart = SvgCharts.rows("Low stock", List.of(new SvgCharts.Bar("Desk lamp", 1, "1", "warning")), 10);

		// The plot is 480 - 150 (labels) - 110 (values) = 220 units wide.
		assertThat(barWidths(chart)).containsExactly(22.0);
		assertThat(barWidths(SvgCharts.rows("Status", List.of(new SvgCharts.Bar("Placed", 1, "1")))))
			.as("without a scale the largest value fills the plot")
			.containsExactly(220.0);
	}

	@Test
	void aLongLabelIsCutBeforeItReachesTheBarAndTheTooltipKeepsAllOfIt() {
		String name = "Drawer Unit with Soft-Close Runners, Walnut";
		String chart = SvgCharts.rows("Low stock", List.of(new SvgCharts.Bar(name, 3, "3", "warning")), 10);

		assertThat(chart).contains(">Drawer Unit with…</text>").contains("<title>" + name + ": 3</title>");
		assertThat(SvgCharts.rows("Low stock", List.of(new SvgCharts.Bar("Paper Towels Compact", 0, "0")), 10))
			.as("twenty letters with capitals are wider than the column")
			.contains(">Paper Towels Comp…</text>");
	}

	@Test
	void aLinkedBarIsARealLinkWithANameAndItsAddressEscaped() {
		String rows = SvgCharts.rows("Status",
				List.of(new SvgCharts.Bar("Placed", 3, "3").linked("orders?status=PLACED&from=2026-11-01", "Placed: 3"),
						new SvgCharts.Bar("Shipped", 1, "1")));
		String columns = SvgCharts.columns("Revenue",
				List.of(new SvgCharts.Bar("11/1", 5, "5.00").linked("orders?from=2026-11-01&to=2026-11-01", null)));

		assertThat(rows)
			.contains(
					"<a class=\"bar-link\" href=\"orders?status=PLACED&amp;from=2026-11-01\" aria-label=\"Placed: 3\">")
			.as("a bar without an address is no link")
			.containsOnlyOnce("<a ");
		assertThat(rows.indexOf("</a>")).as("the row's label, bar and value are all in the link")
			.isGreaterThan(rows.indexOf(">3</text>"));
		assertThat(columns).contains("href=\"orders?from=2026-11-01&amp;to=2026-11-01\" aria-label=\"11/1: 5.00\"")
			.contains("<rect class=\"target\"");
	}

	@Test
	void wideCharactersCountTwice() {
		assertThat(SvgCharts.cut("사무용 의자 높낮이 조절형 메쉬", 20)).isEqualTo("사무용 의자 높낮이…");
		assertThat(SvgCharts.cut("Desk lamp", 20)).isEqualTo("Desk lamp");
		assertThat(SvgCharts.cut("12345678901234567890", 20)).as("exactly fits").isEqualTo("12345678901234567890");
	}

	private static List<Double> barWidths(String svg) {
		Matcher matcher = BAR_WIDTH.matcher(svg);
		List<Double> widths = new java.util.ArrayList<>();
		while (matcher.find()) {
			widths.add(Double.parseDouble(matcher.group(1)));
		}
		return widths;
	}

}
