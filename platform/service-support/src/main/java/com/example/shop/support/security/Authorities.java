package com.example.shop.support.security;

/**
 * The authorities a token grants (docs/security.md): one role per value of the roles
 * claim, as {@code ROLE_<value>}, and {@link #VIA_BFF} when the token was issued to the
 * UI's client. Services write their rules with these names.
 */
public final class Authorities {

	/** A person who takes orders. */
	public static final String SALES = "ROLE_SALES";

	/** A person who keeps the accounts. */
	public static final String BILLING = "ROLE_BILLING";

	/** A person who may do everything. */
	public static final String ADMIN = "ROLE_ADMIN";

	/** The UI's own client-credentials token: work with no person behind it. */
	public static final String SERVICE = "ROLE_SERVICE";

	/**
	 * The token's {@code azp} is the UI's client: the BFF vouches for the call (saga
	 * steps), having checked the person's role itself.
	 */
	public static final String VIA_BFF = "VIA_BFF";

	/** Every role that may read what the shop holds. */
	public static final String[] READERS = { SALES, BILLING, ADMIN, SERVICE };

	private Authorities() {
	}

}
