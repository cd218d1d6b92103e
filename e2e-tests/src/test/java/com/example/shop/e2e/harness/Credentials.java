package com.example.shop.e2e.harness;

/**
 * A user name and password to sign in with.
 *
 * @param user the user name
 * @param password the password
 */
public record Credentials(String user, String password) {

	@Override
	public String toString() {
		return "Credentials[user=" + this.user + "]";
	}

}
