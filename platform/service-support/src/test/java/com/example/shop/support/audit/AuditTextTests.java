package com.example.shop.support.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTextTests {

	@Test
	void aDetailIsOneLineWhateverTheTextCarries() {
		assertThat(AuditText.oneLine("voided: customer\r\ncancelled\tby  phone\u2028again "))
			.isEqualTo("voided: customer cancelled by phone again");
		assertThat(AuditText.oneLine("wrong\r\n\tsize\nagain ")).isEqualTo("wrong size again");
		assertThat(AuditText.oneLine(null)).isEmpty();
	}

	@Test
	void aDetailOverFiveHundredCharactersIsCutWithAnEllipsis() {
		String fits = "x".repeat(500);
		String cut = AuditText.oneLine("voided: " + "y".repeat(600));

		assertThat(AuditText.oneLine(fits)).isEqualTo(fits);
		assertThat(cut).hasSize(500).startsWith("voided: yyy").endsWith("y…");
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		// 498 characters, then emoji (two chars each) at 498 and 499: cut to 499, one
		// would be split.
		String cut = AuditText.oneLine("x".repeat(498) + "😀".repeat(10));

		assertThat(cut).isEqualTo("x".repeat(498) + "…");
		assertThat(cut.chars().noneMatch((c) -> Character.isSurrogate((char) c))).isTrue();
	}

}
