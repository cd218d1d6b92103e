package com.example.shop.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Slows down guessing: after {@code maxFailures} wrong passwords in a row an account is
 * locked for a while, each lock twice as long as the last (up to {@code maxLock}), and a
 * right password during a lock is refused as well, so guessing on gains nothing. A right
 * password outside a lock starts afresh. Only accounts that exist are counted, so made-up
 * user names cannot fill its memory. Checked before the password is
 * ({@link #check(UserDetails)}), counted from Spring Security's authentication events.
 */
final class LoginThrottle implements UserDetailsChecker {

	private final IdentitySettings.Throttling settings;

	private final DemoUsers users;

	private final Clock clock;

	private final Map<String, Account> accounts = new ConcurrentHashMap<>();

	LoginThrottle(IdentitySettings settings, DemoUsers users, Clock clock) {
		this.settings = settings.throttling();
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void check(UserDetails user) {
		lockedFor(user.getUsername()).ifPresent((left) -> {
			throw new LockedException("Too many wrong passwords: this account is locked for another %d s"
				.formatted(Math.max(1, left.toSeconds())));
		});
	}

	/** How long the account stays locked, if it is. */
	Optional<Duration> lockedFor(String username) {
		Account account = this.accounts.get(username);
		Instant now = this.clock.instant();
		if (account == null || account.lockedUntil() == null || !account.lockedUntil().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, account.lockedUntil()));
	}

	@EventListener
	void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (!this.users.exists(username)) {
			return;
		}
		this.accounts.compute(username, (name, account) -> {
			Account current = (account != null) ? account : new Account(0, 0, null);
			int failures = current.failures() + 1;
			if (failures < this.settings.maxFailures()) {
				return new Account(failures, current.locks(), current.lockedUntil());
			}
			Duration lock = this.settings.firstLock().multipliedBy(1L << Math.min(current.locks(), 20));
			if (lock.compareTo(this.settings.maxLock()) > 0) {
				lock = this.settings.maxLock();
			}
			return new Account(0, current.locks() + 1, this.clock.instant().plus(lock));
		});
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.accounts.remove(event.getAuthentication().getName());
	}

	/**
	 * @param failures wrong passwords since the last lock or sign-in
	 * @param locks locks so far, which lengthen the next
	 * @param lockedUntil the end of the current lock
	 */
	private record Account(int failures, int locks, Instant lockedUntil) {
	}

}
