package com.example.shop.ui.base;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the palette marks the part of a hit that matches what was typed. */
class CommandPaletteTests {

	@Test
	void theFirstPlaceTheQueryAppearsIsMarkedIgnoringCase() {
		Span marked = CommandPalette.marked("Hanbit Stationery", "STAT");

		assertThat(marked.getElement().getTextRecursively()).isEqualTo("Hanbit Stationery");
		assertThat(matches(marked)).containsExactly("Stat");
	}

	@Test
	void aNumberTypedInPartIsMarkedWhereItsDigitsAre() {
		assertThat(matches(CommandPalette.marked("ORD-000241", "241"))).containsExactly("241");
		assertThat(matches(CommandPalette.marked("ORD-000241", "ORD"))).containsExactly("ORD");
	}

	@Test
	void textWithoutTheQueryIsShownAsItIs() {
		// The catalog matches words in any order; "arm monitor" appears nowhere as typed.
		Span marked = CommandPalette.marked("Monitor Arm", "arm monitor");

		assertThat(marked.getText()).isEqualTo("Monitor Arm");
		assertThat(matches(marked)).isEmpty();
	}

	private static List<String> matches(Span marked) {
		return marked.getChildren()
			.filter((child) -> child instanceof Span span && span.hasClassName("palette-match"))
			.map(Component::getElement)
			.map((element) -> element.getText())
			.toList();
	}

}
