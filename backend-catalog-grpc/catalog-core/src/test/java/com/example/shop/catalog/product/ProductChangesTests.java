package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.audit.AuditText;

import static org.assertj.core.api.Assertions.assertThat;

class ProductChangesTests {

	private static final Currency KRW = Currency.getInstance("KRW");

	@Test
	void eachChangedFieldOldToNewInOneLineAndNothingForWhatStayed() {
		String line = new ProductChanges(KRW).text("name", "Gel Pen", "Gel Pen Pro")
			.text("description", "same", "same")
			.code("category", "stationery", "kitchen")
			.price(new BigDecimal("1500"), new BigDecimal("1600.00"))
			.price(new BigDecimal("1.5"), new BigDecimal("1.50"))
			.attributes(Map.of("brand", "Hanul", "size", "M"), Map.of("colour", "blue", "size", "L"))
			.flag("active", true, false)
			.describe();

		assertThat(line).isEqualTo("name \"Gel Pen\" → \"Gel Pen Pro\"; category stationery → kitchen;"
				+ " price 1500.00 → 1600.00; attribute brand \"Hanul\" → (none); attribute colour (none) → \"blue\";"
				+ " attribute size \"M\" → \"L\"; active true → false");
	}

	@Test
	void anEditThatChangesNothingSaysSo() {
		assertThat(new ProductChanges(KRW).text("name", "A", "A").flag("active", true, true).describe())
			.isEqualTo("no field changed");
	}

	@Test
	void longTextIsShortenedOnOneLineAndTheWholeLineIsBounded() {
		String line = new ProductChanges(KRW).text("description", "", "first line\nsecond\tline " + "x".repeat(100))
			.describe();
		assertThat(line).doesNotContain("\n", "\t")
			.isEqualTo("description \"\" → \"first line second line " + "x".repeat(37) + "…\"");

		ProductChanges many = new ProductChanges(KRW);
		for (int i = 0; i < 30; i++) {
			many.text("name", "a".repeat(60), "b".repeat(60));
		}
		assertThat(many.describe()).hasSize(AuditText.MAX_LENGTH).endsWith("…");
	}

	@Test
	void theSameChangesAsDataForAClientToShowInItsUsersLanguage() {
		ProductChanges changes = new ProductChanges(KRW).text("name", "Gel Pen", "Gel Pen Pro")
			.text("description", "", "new")
			.text("description", "same", "same")
			.code("category", "stationery", "kitchen")
			.price(new BigDecimal("1500"), new BigDecimal("1600.00"))
			.attributes(Map.of("size", "M"), Map.of("size", "L"))
			.flag("active", true, false);

		assertThat(changes.changes()).containsExactly(AuditChange.text("name", "Gel Pen", "Gel Pen Pro"),
				AuditChange.text("description", null, "new"), AuditChange.text("category", "stationery", "kitchen"),
				new AuditChange("price", AuditChange.Kind.MONEY, "1500.00", "1600.00", "KRW", null),
				AuditChange.text("attributes", "size: M", "size: L"),
				new AuditChange("active", AuditChange.Kind.STATUS, "ACTIVE", "INACTIVE", null, null));
		assertThat(new ProductChanges(KRW).text("name", "A", "A").changes()).isEmpty();
	}

}
