package com.example.shop.ui.catalog;

import java.util.List;

import com.example.shop.bff.catalog.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriesTests {

	@Test
	void aCategoryShowsByNameAndByCodeOnlyWhileNamesAreUnknown() {
		List<Category> categories = List.of(new Category("office", "Office supplies", 3));

		assertThat(Categories.name(categories, "office")).isEqualTo("Office supplies");
		assertThat(Categories.name(List.of(), "office")).isEqualTo("office");
	}

	@Test
	void attributeKeysReadAsLabels() {
		assertThat(Categories.attributeLabel("warrantyMonths")).isEqualTo("Warranty months");
		assertThat(Categories.attributeLabel("warranty_months")).isEqualTo("Warranty months");
		assertThat(Categories.attributeLabel("brand")).isEqualTo("Brand");
		assertThat(Categories.attributeLabel("USB3Ports")).isEqualTo("Usb3 ports");
		assertThat(Categories.attributeLabel("색상")).isEqualTo("색상");
	}

}
