package com.example.shop.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

import com.example.shop.billing.api.Money;
import com.example.shop.support.domain.DomainRefusal;

/**
 * Money between the wire and the domain: exact decimals with two fraction digits, only
 * ever in the business currency (another currency is refused, never converted).
 */
public final class Amounts {

	private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");

	private Amounts() {
	}

	/**
	 * Reads an amount from a request body (its format already validated).
	 * @param money the amount and currency sent
	 * @param field the path of the money in the request, for error messages
	 * @param currency the business currency
	 * @return the amount with scale 2
	 * @throws DomainRefusal.Invalid naming {@code field.currency} for another currency
	 */
	public static BigDecimal parse(Money money, String field, Currency currency) {
		return parse(money.amount(), field + ".amount", money.currency(), field + ".currency", currency);
	}

	/**
	 * Reads an amount given as separate values (query parameters), checking the format
	 * too.
	 * @param amount the decimal string
	 * @param amountField the name of the amount, for error messages
	 * @param currencyCode the currency code
	 * @param currencyField the name of the currency, for error messages
	 * @param currency the business currency
	 * @return the amount with scale 2
	 * @throws DomainRefusal.Invalid naming the bad field
	 */
	public static BigDecimal parse(String amount, String amountField, String currencyCode, String currencyField,
			Currency currency) {
		if (amount == null || !DECIMAL.matcher(amount).matches()) {
			throw new DomainRefusal.Invalid(amountField,
					"must be a non-negative decimal with at most 2 fraction digits");
		}
		if (!currency.getCurrencyCode().equals(currencyCode)) {
			throw new DomainRefusal.Invalid(currencyField,
					"must be %s, the business currency".formatted(currency.getCurrencyCode()));
		}
		return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
	}

	/** The wire form of an amount: always two fraction digits. */
	public static Money toApi(BigDecimal amount, Currency currency) {
		return new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency.getCurrencyCode());
	}

}
