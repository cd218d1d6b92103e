package com.example.shop.catalog.grpc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import com.google.type.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtoMappingTests {

	private static final Currency KRW = Currency.getInstance("KRW");

	@Test
	void moneyCarriesAmountsExactlyBothWays() {
		Money money = ProtoMapping.money(new BigDecimal("1250.50"), KRW);

		assertThat(money.getCurrencyCode()).isEqualTo("KRW");
		assertThat(money.getUnits()).isEqualTo(1250);
		assertThat(money.getNanos()).isEqualTo(500_000_000);
		assertThat(ProtoMapping.price(true, money).amount()).isEqualByComparingTo("1250.50");
		assertThat(ProtoMapping.price(true, ProtoMapping.money(new BigDecimal("0.01"), KRW)).amount())
			.isEqualByComparingTo("0.01");
	}

	@Test
	void aMoneyWhoseUnitsAndNanosDisagreeInSignHasNoAmount() {
		Money bad = Money.newBuilder().setCurrencyCode("KRW").setUnits(1).setNanos(-500_000_000).build();

		assertThat(ProtoMapping.price(true, bad).amount()).isNull();
		assertThat(ProtoMapping.price(false, Money.getDefaultInstance())).isNull();
	}

	@Test
	void timestampsKeepNanosecondsBothWays() {
		Instant instant = Instant.parse("2026-11-20T01:00:00.123456789Z");

		assertThat(ProtoMapping.instant(ProtoMapping.timestamp(instant))).isEqualTo(instant);
	}

}
