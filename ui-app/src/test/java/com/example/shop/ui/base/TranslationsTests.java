package com.example.shop.ui.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.example.shop.problems.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages say everything: a key missing from one shows its raw name on the screen,
 * and a message's placeholders must survive {@link MessageFormat} (a lone apostrophe
 * quotes the rest of the text, placeholders included).
 */
class TranslationsTests {

	@Test
	void englishAndKoreanHaveTheSameKeys() throws IOException {
		Properties english = load("translations.properties");
		Properties korean = load("translations_ko.properties");

		assertThat(korean.stringPropertyNames()).as("keys English has and Korean lacks, and the other way round")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void everyPlaceholderIsStillThereAfterFormatting() throws IOException {
		for (String file : new String[] { "translations.properties", "translations_ko.properties" }) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				if (!text.contains("{0}")) {
					continue;
				}
				// A count said with a number or choice format ("1 invoice", "2 invoices")
				// takes a number; every other placeholder a marker to find again.
				Object[] arguments = new Object[4];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = text.matches("(?s).*\\{" + i + ",(number|choice).*") ? (Object) 2L : "§" + i;
				}
				String formatted = new MessageFormat(text).format(arguments);
				assertThat(formatted).as("%s in %s", key, file).contains("§0").doesNotContain("{0}");
			}
		}
	}

	@Test
	void everyProblemTypeABackendCanNameIsSaidInBothLanguages() throws IOException {
		for (String file : new String[] { "translations.properties", "translations_ko.properties" }) {
			Properties messages = load(file);
			for (ProblemType type : ProblemType.values()) {
				assertThat(messages.getProperty("problem." + type.slug())).as("%s in %s", type, file).isNotBlank();
			}
			assertThat(messages.getProperty("problem.unknown")).as("the fallback in %s", file).isNotBlank();
		}
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(TranslationsTests.class.getResourceAsStream("/vaadin-i18n/" + file),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
