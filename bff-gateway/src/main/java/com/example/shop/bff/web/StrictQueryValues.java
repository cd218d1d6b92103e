package com.example.shop.bff.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query values of {@code /bff/v1} are read as the contract writes them: a boolean is
 * {@code true} or {@code false}, a number is decimal digits. Spring's own property
 * editors are lenient ({@code 1}, {@code yes} and {@code on} are true; {@code 0x7fffffff}
 * is a number) and are tried even after a stricter converter refused, so a request
 * outside the contract was answered as if it were inside it (the fuzz suite's
 * {@code activeOnly=1} and {@code size=0x7fffffff}). Editors registered here come first
 * for the BFF's controllers; anything else is a 400 naming the parameter, as a word where
 * a number belongs always was.
 */
@ControllerAdvice(basePackages = "com.example.shop.bff")
class StrictQueryValues {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}");

	@InitBinder
	void strictValues(WebDataBinder binder) {
		binder.registerCustomEditor(boolean.class, new Strict(StrictQueryValues::bool));
		binder.registerCustomEditor(Boolean.class, new Strict(StrictQueryValues::bool));
		binder.registerCustomEditor(int.class, new Strict((text) -> Integer.valueOf(decimal(text))));
		binder.registerCustomEditor(Integer.class, new Strict((text) -> Integer.valueOf(decimal(text))));
		binder.registerCustomEditor(long.class, new Strict((text) -> Long.valueOf(decimal(text))));
		binder.registerCustomEditor(Long.class, new Strict((text) -> Long.valueOf(decimal(text))));
	}

	static Boolean bool(String text) {
		return switch (text) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("must be true or false");
		};
	}

	static String decimal(String text) {
		if (!DECIMAL.matcher(text).matches()) {
			throw new IllegalArgumentException("must be a decimal number");
		}
		return text;
	}

	/** One strict reading; an empty value is no value, as Spring's editors have it. */
	private static final class Strict extends PropertyEditorSupport {

		private final Function<String, Object> parse;

		Strict(Function<String, Object> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			setValue((text == null || text.isEmpty()) ? null : this.parse.apply(text));
		}

	}

}
