package com.example.shop.ui.order;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.support.SignedIn;
import com.example.shop.bff.order.Order;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.CsvExport;
import com.vaadin.flow.component.html.Anchor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "admin", roles = "ADMIN")
class AttentionIT extends UiIntegrationTest {

	@Test
	void anAdminSeesTheOrdersWhoseSagaIsUnfinishedWithWhatIsLeftAndWhoFinishesIt() {
		UUID unfinished = this.data.unfinishedOrder();
		String number = this.data.order(unfinished).path("number").asString();
		String finished = placeOne().order().number();

		AttentionView view = navigate(AttentionView.class);
		awaitScreen(() -> rows(view).stream().anyMatch((o) -> o.id().equals(unfinished)));

		assertThat(rows(view)).extracting(Order::number).contains(number).doesNotContain(finished);
		Order shown = rows(view).stream().filter((o) -> o.id().equals(unfinished)).findFirst().orElseThrow();
		assertThat(shown.saga().pendingSteps()).extracting(Enum::name)
			.containsExactly("CONFIRM_STOCK", "ISSUE_INVOICE");
		assertThat(shown.saga().attention()).as("the reconciler finishes it; no person is needed").isNull();
	}

	@Test
	void theExportHoldsTheListWithWhatIsLeftAndWhoFinishesIt() throws Exception {
		UUID unfinished = this.data.unfinishedOrder();
		String number = this.data.order(unfinished).path("number").asString();
		AttentionView view = navigate(AttentionView.class);

		CsvExport.File file = view.export.file();

		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(file.text())).getRecords();
		assertThat(rows.getFirst().values()).containsExactly("Number", "Status", "Left to do", "Who finishes it",
				"Attempts", "Next attempt");
		CSVRecord row = rows.stream().filter((r) -> r.get(0).equals(number)).findFirst().orElseThrow();
		assertThat(row.values()).startsWith(number, "Placed", "Confirm the stock, Issue the invoice", "The reconciler");
		assertThat(row.get(4)).as("a plain number").matches("\\d+");
		assertThat(file.name()).matches("attention-\\d{4}-\\d{2}-\\d{2}\\.csv");
		assertThat($(Anchor.class, view).all()).extracting(Anchor::getText).contains("Export CSV");
	}

	private java.util.List<Order> rows(AttentionView view) {
		var grid = test(view.grid);
		return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
	}

}
