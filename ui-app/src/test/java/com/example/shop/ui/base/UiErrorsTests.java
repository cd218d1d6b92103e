package com.example.shop.ui.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.junit.jupiter.api.Test;

import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.InvalidField;
import com.example.shop.problems.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads when a backend refuses: the UI's own words in the UI's language,
 * never the backend's English developer text.
 */
class UiErrorsTests {

	private final DefaultI18NProvider translations = new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.KOREAN));

	@Test
	void aRefusalIsSaidInTheUsersLanguageByItsProblemTypeNotInTheBackendsWords() {
		BackendRefusal overpaid = refusal(ProblemType.OVERPAYMENT,
				"Payment of 5856000.00 KRW exceeds the outstanding 100.00 KRW", List.of());

		assertThat(UiErrors.message(words(Locale.ENGLISH), overpaid))
			.isEqualTo("Not done: the amount is more than what is still outstanding.");
		assertThat(UiErrors.message(words(Locale.KOREAN), overpaid)).isEqualTo("처리되지 않았습니다: 금액이 남은 미수금보다 많습니다.")
			.doesNotContain("KRW");
	}

	@Test
	void aRefusalWithoutAKnownProblemTypeStillSaysItInTheUsersLanguage() {
		BackendRefusal odd = refusal(null, "FAILED_PRECONDITION: something internal", List.of());

		assertThat(UiErrors.message(words(Locale.KOREAN), odd)).isEqualTo("처리되지 않았습니다: 서비스가 거절했습니다.");
	}

	@Test
	void invalidFieldsAreNamedAsPeopleCallThemOncePerFieldWithTheLine() {
		BackendRefusal invalid = refusal(ProblemType.VALIDATION, "Validation failed",
				List.of(new InvalidField("creditLimit.amount", "must be at most 1000000000"),
						new InvalidField("creditLimit.currency", "must be KRW"),
						new InvalidField("lines[2].quantity", "must be at least 1"),
						new InvalidField("weird_field", "is wrong")));

		assertThat(UiErrors.message(words(Locale.ENGLISH), invalid))
			.isEqualTo("Please correct: Credit limit, Order lines 3, another field");
		assertThat(UiErrors.message(words(Locale.KOREAN), invalid)).isEqualTo("다음을 고치세요: 신용 한도, 주문 품목 3, 다른 항목");
	}

	@Test
	void aFieldWithoutALabelIsNamedGenericallyInTheUsersLanguageNeverByItsPath() {
		BackendRefusal invalid = refusal(ProblemType.VALIDATION, "Validation failed",
				List.of(new InvalidField("weird_field", "is wrong"), new InvalidField("$.odd[x]", "is wrong"),
						new InvalidField("other_field", "is wrong")));

		assertThat(UiErrors.message(words(Locale.KOREAN), invalid)).isEqualTo("다음을 고치세요: 다른 항목");
		assertThat(UiErrors.message(words(Locale.ENGLISH), invalid)).isEqualTo("Please correct: another field");
	}

	@Test
	void aProblemTypeIsSaidOnItsOwnForAnotherSentenceAndNoneAsARefusalOfTheService() {
		assertThat(UiErrors.problem(words(Locale.ENGLISH), ProblemType.OVERPAYMENT))
			.isEqualTo("the amount is more than what is still outstanding.");
		assertThat(UiErrors.problem(words(Locale.KOREAN), null)).isEqualTo("서비스가 거절했습니다.");
	}

	@Test
	void aServiceThatDidNotAnswerIsNamed() {
		assertThat(UiErrors.message(words(Locale.ENGLISH), new BackendUnavailable("billing", "timeout", null)))
			.contains("billing");
	}

	private UiErrors.Words words(Locale locale) {
		return (key, args) -> this.translations.getTranslation(key, locale, args);
	}

	private static BackendRefusal refusal(ProblemType type, String message, List<InvalidField> fields) {
		return new BackendRefusal("billing",
				(type == ProblemType.VALIDATION) ? BackendRefusal.Kind.INVALID : BackendRefusal.Kind.CONFLICT,
				(type != null) ? type.slug() : "FAILED_PRECONDITION", type, message, fields, Map.of(), null);
	}

}
