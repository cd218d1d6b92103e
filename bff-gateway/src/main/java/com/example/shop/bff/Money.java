package com.example.shop.bff;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An exact amount of money as the BFF hands it on and takes it in: a decimal string with
 * at most two fraction digits, and the ISO 4217 code. The shape every backend uses on the
 * wire, so {@code /bff/v1} reads the same; never a floating point number.
 *
 * @param amount for example {@code "1250.00"}
 * @param currency for example {@code "KRW"}
 */
public record Money(@NotNull @Size(max = 18) @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?") String amount,
		@NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}") String currency) {

	/** An amount with exactly two fraction digits (more is an error, never rounded). */
	public static Money of(BigDecimal value, String currency) {
		return new Money(value.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
	}

	/** The amount as a number, to add up or compare. */
	public BigDecimal value() {
		return new BigDecimal(this.amount);
	}

}
