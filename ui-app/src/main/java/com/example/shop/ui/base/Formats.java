package com.example.shop.ui.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import com.example.shop.bff.Money;
import com.example.shop.support.BusinessSettings;
import com.vaadin.flow.component.UI;

import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money for the current UI's locale; instants shown in the business
 * zone, money exactly as the backends sent it (decimal strings, never doubles).
 */
@Component
public class Formats {

	private final ZoneId zone;

	private final Currency currency;

	Formats(BusinessSettings settings) {
		this.zone = settings.businessZone();
		this.currency = settings.currency();
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The business currency (every amount the UI submits is in it). */
	public String currency() {
		return this.currency.getCurrencyCode();
	}

	public String money(Money money) {
		return money(money.amount(), money.currency());
	}

	public String money(String amount, String currencyCode) {
		if (amount == null) {
			return "";
		}
		return money(new BigDecimal(amount), currencyCode);
	}

	public String money(BigDecimal amount, String currencyCode) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		Currency currency = Currency.getInstance((currencyCode != null) ? currencyCode : currency());
		format.setCurrency(currency);
		format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
		format.setMaximumFractionDigits(Math.max(2, currency.getDefaultFractionDigits()));
		return format.format(amount);
	}

	public String number(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date)
				: "";
	}

	public String shortDate(LocalDate date) {
		return (date != null)
				? DateTimeFormatter.ofPattern(locale().getLanguage().equals("ko") ? "M/d" : "MMM d", locale())
					.format(date)
				: "";
	}

	/**
	 * A date as a date picker shows it in the user's language, so as people type one:
	 * {@code 12/1/2026} in English, {@code 2026. 12. 1.} in Korean (the locale's short
	 * form with the whole year).
	 */
	public String typedDate(LocalDate date) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
				IsoChronology.INSTANCE, locale());
		return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale()).format(date);
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.withZone(this.zone)
			.format(instant) : "";
	}

	private static Locale locale() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getLocale() : Locale.ENGLISH;
	}

}
