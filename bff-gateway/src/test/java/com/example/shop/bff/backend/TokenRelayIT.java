package com.example.shop.bff.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.Money;
import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.ProductSort;
import com.example.shop.bff.order.OrderPage;
import com.example.shop.bff.order.OrderQuery;
import com.example.shop.bff.order.OrdersBackend;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.testsupport.security.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which token each backend call carries: a person's own (relayed as it came, or their UI
 * session's, refreshed when it has expired), the UI's client-credentials token for work
 * with no person behind it, and none at all for a caller without one. The backends check
 * each token (they trust the same test issuer), so a call that succeeds carried a valid
 * one.
 */
class TokenRelayIT extends BffIntegrationTest {

	@Autowired
	OrdersBackend orders;

	@Autowired
	CatalogBackend catalog;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@Autowired
	ClientRegistrationRepository registrations;

	private final TestIssuer issuer = TestIssuer.get();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@SignedIn(roles = "SALES")
	void aPersonsBearerTokenIsRelayedToEachBackend() {
		OrderPage page = this.desk.orders(new OrderQuery(List.of(), null, null, null, 0, 1, List.of())).block();

		assertThat(page).isNotNull();
	}

	@Test
	void aUiSessionWhoseAccessTokenExpiredIsRefreshedBeforeTheCall() {
		String subject = "sales-" + UUID.randomUUID();
		Instant issued = Instant.now().minus(Duration.ofMinutes(20));
		OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				this.issuer.token(subject).roles("SALES").expiredFor(Duration.ofMinutes(10)).sign(), issued,
				Instant.now().minus(Duration.ofMinutes(10)));
		this.authorizedClients
			.saveAuthorizedClient(
					new OAuth2AuthorizedClient(this.registrations.findByRegistrationId("shop"), subject, expired,
							new OAuth2RefreshToken(this.issuer.refreshToken(subject, "SALES"), issued)),
					session(subject));
		SecurityContextHolder.getContext().setAuthentication(session(subject));
		int tokenRequests = this.issuer.tokenRequests();

		OrderPage page = this.desk.orders(new OrderQuery(List.of(), null, null, null, 0, 1, List.of())).block();

		assertThat(page).isNotNull();
		assertThat(this.issuer.tokenRequests()).isEqualTo(tokenRequests + 1);
		OAuth2AuthorizedClient refreshed = this.authorizedClients.loadAuthorizedClient("shop", subject);
		assertThat(refreshed.getAccessToken().getExpiresAt()).isAfter(Instant.now());
	}

	@Test
	void workWithNoPersonRunsWithTheUisClientCredentialsTokenFetchedOnce() {
		ProductQuery anything = new ProductQuery(null, null, false, null, 0, 1, ProductSort.NAME, false);

		ProductPage first = ServiceIdentity.runAsService(this.catalog.search(anything)).block();
		int tokenRequests = this.issuer.tokenRequests();
		ServiceIdentity.runAsService(this.orders.list(new OrderQuery(List.of(), null, null, null, 0, 1, List.of())))
			.block();

		assertThat(first).isNotNull();
		assertThat(this.issuer.tokenRequests()).as("the token is kept until it nears its expiry")
			.isEqualTo(tokenRequests);
	}

	@Test
	void aCallerWithoutATokenIsRefusedBeforeAnyBackendIsAsked() {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("someone", "secret",
					AuthorityUtils.createAuthorityList("ROLE_SALES")));

		assertThatExceptionOfType(BackendRefusal.class)
			.isThrownBy(() -> this.desk.orders(new OrderQuery(List.of(), null, null, null, 0, 1, List.of())).block())
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo(BackendRefusal.Kind.FORBIDDEN));
	}

	@Test
	@SignedIn(roles = "SALES")
	void aBackendRefusingTheRelayedTokenIsAForbiddenRefusalNotAnOutage() {
		// Straight to the port, past the BFF's own role check: the catalog's is the
		// second wall.
		ProductDraft draft = new ProductDraft("T-" + UUID.randomUUID().toString().substring(0, 8), "Forbidden",
				"Sales may not create products", "test", Money.of(new java.math.BigDecimal("1.00"), "KRW"), Map.of(), 1,
				true);
		var caller = com.example.shop.bff.Caller
			.is(new com.example.shop.bff.Caller.Person(SecurityContextHolder.getContext().getAuthentication()));
		// A connection a previous test's proxy cut can still look open to the channel,
		// and
		// the first call on it fails with "channel closed" (UNKNOWN), an outage this test
		// is not about. One call first, whatever it answers, leaves a working connection;
		// then the circuit counts from zero.
		try {
			this.catalog.categories().contextWrite(caller).block();
		}
		catch (RuntimeException ignored) {
			// Only the connection mattered.
		}
		this.circuitBreakers.circuitBreaker(CatalogBackend.NAME).reset();
		Mono<?> created = this.catalog.create(draft).contextWrite(caller);

		assertThatExceptionOfType(BackendRefusal.class).isThrownBy(created::block)
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo(BackendRefusal.Kind.FORBIDDEN));
		assertThat(this.circuitBreakers.circuitBreaker(CatalogBackend.NAME).getMetrics().getNumberOfFailedCalls())
			.isZero();
	}

	private static OAuth2AuthenticationToken session(String subject) {
		var user = new DefaultOAuth2User(AuthorityUtils.createAuthorityList("ROLE_SALES"), Map.of("sub", subject),
				"sub");
		return new OAuth2AuthenticationToken(user, user.getAuthorities(), "shop");
	}

}
