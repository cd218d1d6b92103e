package com.example.shop.testsupport.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who calls a backend, as the role matrix of docs/security.md names them: a person
 * through the UI (the BFF relays their token, {@code azp} = {@code ui-app}), the same
 * person at a terminal ({@code azp} = {@code shop-cli}: only their role counts), or the
 * UI with no person behind it ({@code SERVICE}).
 */
public enum Caller {

	SALES("sales", TestIssuer.BFF_CLIENT, "SALES"),

	BILLING("billing", TestIssuer.BFF_CLIENT, "BILLING"),

	ADMIN("admin", TestIssuer.BFF_CLIENT, "ADMIN"),

	SERVICE(TestIssuer.BFF_CLIENT, TestIssuer.BFF_CLIENT, "SERVICE"),

	SALES_AT_A_TERMINAL("sales", TestIssuer.CLI_CLIENT, "SALES"),

	BILLING_AT_A_TERMINAL("billing", TestIssuer.CLI_CLIENT, "BILLING"),

	ADMIN_AT_A_TERMINAL("admin", TestIssuer.CLI_CLIENT, "ADMIN");

	private final String subject;

	private final String client;

	private final String role;

	Caller(String subject, String client, String role) {
		this.subject = subject;
		this.client = client;
		this.role = role;
	}

	/** A valid token of this caller from the test issuer. */
	public String token() {
		return TestIssuer.get().token(this.subject).azp(this.client).roles(this.role).sign();
	}

	/** Every person's role, through the UI and at a terminal. */
	public static Set<Caller> people() {
		return EnumSet.complementOf(EnumSet.of(SERVICE));
	}

	/** Callers through the UI's client: the BFF vouches for them. */
	public static Set<Caller> throughTheBff() {
		return EnumSet.of(SALES, BILLING, ADMIN, SERVICE);
	}

	/** These roles, through the UI and at a terminal. */
	public static Set<Caller> withRoles(String... roles) {
		Set<Caller> callers = EnumSet.noneOf(Caller.class);
		for (Caller caller : values()) {
			if (Arrays.asList(roles).contains(caller.role)) {
				callers.add(caller);
			}
		}
		return callers;
	}

}
