package com.example.shop.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people of {@code app.identity.users}, their passwords hashed once at start-up. The
 * provider looks up their roles, name and language when it issues their tokens.
 */
final class DemoUsers implements UserDetailsService {

	private final Map<String, IdentitySettings.User> people = new LinkedHashMap<>();

	private final Map<String, String> hashes = new LinkedHashMap<>();

	DemoUsers(IdentitySettings settings, PasswordEncoder encoder) {
		for (IdentitySettings.User user : settings.users()) {
			this.people.put(user.username(), user);
			this.hashes.put(user.username(), encoder.encode(user.password()));
		}
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		IdentitySettings.User user = this.people.get(username);
		if (user == null) {
			throw new UsernameNotFoundException("No such user");
		}
		return User.withUsername(user.username())
			.password(this.hashes.get(username))
			.roles(user.roles().toArray(String[]::new))
			.build();
	}

	Optional<IdentitySettings.User> find(String username) {
		return Optional.ofNullable(this.people.get(username));
	}

	boolean exists(String username) {
		return this.people.containsKey(username);
	}

}
