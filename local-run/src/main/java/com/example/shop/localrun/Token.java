package com.example.shop.localrun;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import com.example.shop.support.security.PasswordSignIn;

/**
 * {@code ./run-local.sh --token USER}: prints a bearer token for a demo user of a running
 * local run (its identity provider's address comes from the readiness file), as the
 * terminal client {@code shop-cli} gets it. Only the token goes to standard output, so
 * {@code $(./run-local.sh --token sales)} is the header's value.
 */
public final class Token {

	private Token() {
	}

	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("Usage: Token <issuer> <user> [password]");
			System.exit(2);
		}
		try {
			System.out.println(new PasswordSignIn(URI.create(args[0]), Duration.ofSeconds(10))
				.signIn(PasswordSignIn.Client.shopCli(), args[1], (args.length > 2) ? args[2] : Identity.PASSWORD)
				.accessToken());
		}
		catch (PasswordSignIn.Refused | IOException ex) {
			System.err.println("No token for " + args[1] + ": " + ex.getMessage());
			System.exit(1);
		}
	}

}
