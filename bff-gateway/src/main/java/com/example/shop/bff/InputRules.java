package com.example.shop.bff;

/**
 * The shapes {@code /bff/v1} accepts, as the backends' contracts define them, checked
 * before any backend is called (Bean Validation on the controllers' parameters and
 * records). Each pattern's quantifier is its field's length limit, so checking it costs
 * no more than the limit, whatever a client sends.
 */
public final class InputRules {

	/** A SKU, as the catalog's contract defines it. */
	public static final String SKU = "[A-Z0-9][A-Z0-9._-]{1,39}";

	/** A category code, as the catalog's contract defines it. */
	public static final String CATEGORY = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	/**
	 * Text on one line of at most 200 characters: no control characters, no unpaired
	 * surrogates.
	 */
	public static final String NAME = "[^\\p{Cc}\\p{Cs}]{0,200}";

	/**
	 * Free text of at most 2000 characters: as {@link #NAME}, tabs and line breaks fine.
	 */
	public static final String TEXT = "[^\\p{Cs}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]{0,2000}";

	/** What the text patterns say when they refuse. */
	public static final String TEXT_MESSAGE = "must be valid Unicode without control characters";

	/** A sort key such as {@code placedAt,desc}. */
	public static final int MAX_SORT_LENGTH = 40;

	private InputRules() {
	}

}
