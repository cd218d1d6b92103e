package com.example.shop.ui.base;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import com.example.shop.support.BusinessSettings;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Formats in the current UI's language. */
class FormatsTests {

	private final Formats formats = new Formats(
			new BusinessSettings(Currency.getInstance("KRW"), ZoneId.of("Asia/Seoul")));

	@AfterEach
	void noUi() {
		UI.setCurrent(null);
	}

	@Test
	void aTypedDateIsWrittenAsTheDatePickerReadsItWithTheWholeYear() {
		LocalDate date = LocalDate.of(2026, 12, 1);

		assertThat(in(Locale.US).typedDate(date)).isEqualTo("12/1/2026");
		assertThat(in(Locale.KOREA).typedDate(date)).isEqualTo("2026. 12. 1.");
	}

	private Formats in(Locale locale) {
		UI ui = new UI();
		ui.setLocale(locale);
		UI.setCurrent(ui);
		return this.formats;
	}

}
