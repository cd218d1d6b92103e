package com.example.shop.ui.base;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters read back from an address leniently: what does not parse is left out; and
 * written to it ({@link ListAddress.Parameters}) with only what they hold.
 */
class AddressParametersTests {

	enum Colour {

		RED, GREEN, BLUE

	}

	@Test
	void enumValuesAreReadByNameLeavingUnknownNamesOutAndWrittenInTheEnumsOrder() {
		Map<String, List<String>> address = Map.of("status", List.of(" BLUE, purple,RED "));

		Optional<Set<Colour>> read = AddressParameters.values(address, "status", Colour.class);

		assertThat(read).contains(EnumSet.of(Colour.RED, Colour.BLUE));
		assertThat(AddressParameters.names(List.of(Colour.BLUE, Colour.RED))).isEqualTo("RED,BLUE");
		assertThat(AddressParameters.values(Map.of(), "status", Colour.class)).isEmpty();
		assertThat(AddressParameters.value(Map.of("c", List.of("GREEN")), "c", Colour.class)).contains(Colour.GREEN);
		assertThat(AddressParameters.value(Map.of("c", List.of("green")), "c", Colour.class)).isEmpty();
	}

	@Test
	void filtersAreWrittenInTheOrderTheyAreNamedLeavingOutWhatHoldsNothing() {
		Map<String, List<String>> written = ListAddress.parameters()
			.text("q", "  hanbit ")
			.values("status", List.of(Colour.BLUE, Colour.RED))
			.value("colour", Colour.GREEN)
			.value("from", LocalDate.of(2026, Month.NOVEMBER, 1))
			.text("blank", " ")
			.values("none", List.<Colour>of())
			.value("to", null)
			.map();

		assertThat(written).containsExactly(Map.entry("q", List.of("hanbit")), Map.entry("status", List.of("RED,BLUE")),
				Map.entry("colour", List.of("GREEN")), Map.entry("from", List.of("2026-11-01")));
	}

	@Test
	void aDateIsAnIsoDateAndAnythingElseIsLeftOut() {
		assertThat(AddressParameters.date(Map.of("from", List.of("", "2026-11-01")), "from"))
			.contains(LocalDate.of(2026, Month.NOVEMBER, 1));
		assertThat(AddressParameters.date(Map.of("from", List.of("2026-02-30")), "from")).isEmpty();
		assertThat(AddressParameters.date(Map.of("from", List.of("yesterday")), "from")).isEmpty();
	}

}
