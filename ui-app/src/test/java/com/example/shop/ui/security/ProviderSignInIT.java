package com.example.shop.ui.security;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.OrderPage;
import com.example.shop.bff.order.OrderQuery;
import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import com.example.shop.testsupport.process.ServiceJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one integration test with the real identity provider (every other test mints tokens
 * from test-support's issuer): the provider's jar in its second configuration
 * ({@code other-issuer}: another issuer, client id and roles claim), orders trusting it,
 * and ui-app pointed at both by properties alone. A person signs in through the
 * provider's login page (authorization code with PKCE) and the BFF relays their token to
 * orders; HTTP Basic with a demo user signs in at the provider too, and its state changes
 * need the XSRF token; a terminal's token works at orders but not at {@code /bff/v1};
 * signing out ends the provider's session as well (RP-initiated logout); and a language
 * chosen in the UI is kept with the person's account there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class ProviderSignInIT {

	private static final int UI_PORT = ServiceJvm.freePort();

	private static final int PROVIDER_PORT = ServiceJvm.freePort();

	private static final int ORDERS_PORT = ServiceJvm.freePort();

	private static final String ISSUER = "http://localhost:" + PROVIDER_PORT;

	private static final String UI = "http://localhost:" + UI_PORT;

	private static final String SECRET = UUID.randomUUID().toString();

	private static ServiceJvm provider;

	private static ServiceJvm orders;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@Autowired
	OrderDeskService desk;

	@Autowired
	AccountLanguage account;

	@BeforeAll
	static void startTheProviderAndOrders() throws Exception {
		Path root = Path.of("").toAbsolutePath().getParent();
		PrintStream log = new PrintStream(Files.newOutputStream(Path.of("target", "provider-sign-in.log")), true);
		provider = new ServiceJvm("identity-provider", root.resolve("identity-provider/target/identity-provider.jar"),
				List.of("--server.port=" + PROVIDER_PORT, "--spring.profiles.active=other-issuer",
						"--app.identity.ui.client-secret=" + SECRET,
						"--app.identity.ui.redirect-uris=" + UI + "/login/oauth2/code/shop",
						"--app.identity.ui.post-logout-redirect-uris=" + UI + "/"),
				URI.create(ISSUER + "/actuator/health/readiness"), log, "[provider] ");
		var database = EmbeddedPostgresServer.get().createFreshDatabase("ui_provider_orders");
		orders = new ServiceJvm("orders", root.resolve("backend-orders-rest/orders-service/target/orders-service.jar"),
				List.of("--server.port=" + ORDERS_PORT, "--management.server.port=" + ServiceJvm.freePort(),
						"--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.username(),
						"--spring.datasource.password=" + database.password(), "--app.security.issuer-uri=" + ISSUER,
						"--app.security.roles-claim=realm_access.roles", "--app.security.bff-client-id=shop-ui"),
				URI.create("http://127.0.0.1:" + ORDERS_PORT + "/readyz"), log, "[orders] ");
		provider.start();
		orders.start();
		provider.awaitReady(Duration.ofMinutes(2));
		orders.awaitReady(Duration.ofMinutes(2));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		orders.stop();
		provider.stop();
	}

	@DynamicPropertySource
	static void pointedAtTheProviderByPropertiesAlone(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> UI_PORT);
		registry.add("app.security.issuer-uri", () -> ISSUER);
		registry.add("app.security.roles-claim", () -> "realm_access.roles");
		registry.add("app.security.bff-client-id", () -> "shop-ui");
		registry.add("app.security.client-secret", () -> SECRET);
		registry.add("app.security.account-uri", () -> ISSUER + "/account/locale");
		registry.add("app.security.demo-users.enabled", () -> "true");
		registry.add("app.security.demo-users.redirect-uri", () -> UI + "/login/oauth2/code/shop");
		registry.add("app.bff.orders.base-url", () -> "http://127.0.0.1:" + ORDERS_PORT);
		// Billing and catalog are not part of this test: nothing listens there.
		registry.add("app.bff.billing.base-url", () -> "http://127.0.0.1:" + ServiceJvm.freePort());
		registry.add("spring.grpc.client.channel.catalog.target", () -> "127.0.0.1:" + ServiceJvm.freePort());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPersonSignsInThroughTheProvidersPageAndTheBffRelaysTheirTokenToOrders() throws Exception {
		Browser browser = new Browser();

		HttpResponse<String> page = browser.signIn("billing", "demo");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().toString()).startsWith(UI);
		assertThat(page.uri().getPath()).as("signed in, not sent back to sign in").isEqualTo("/");
		assertThat(browser.authorizeRequest).contains("code_challenge=").contains("code_challenge_method=S256");
		assertThat(browser.sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		OAuth2AuthorizedClient stored = this.authorizedClients.loadAuthorizedClient("shop", "billing");
		assertThat(stored).isNotNull();
		assertThat(stored.getRefreshToken()).isNotNull();

		SecurityContextHolder.getContext().setAuthentication(session("billing"));
		OrderPage relayed = this.desk.orders(new OrderQuery(List.of(), null, null, null, 0, 5, List.of())).block();

		assertThat(relayed).isNotNull();
	}

	@Test
	void signingOutEndsTheProvidersSessionToo() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> page = browser.signIn("sales", "demo");
		Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("the page carries its CSRF token").isTrue();

		HttpResponse<String> signedOut = browser.follow(browser.post(UI + "/logout", "_csrf=" + csrf.group(1)));
		HttpResponse<String> again = browser.follow(browser.get(UI + "/"));

		assertThat(browser.visited).anyMatch((uri) -> uri.startsWith(ISSUER + "/connect/logout"));
		assertThat(signedOut.uri().toString()).startsWith(ISSUER + "/login");
		assertThat(again.uri().toString()).as("the provider asks for the password again").startsWith(ISSUER + "/login");
	}

	/**
	 * One person in two browsers shares one set of tokens: signing out in one (or its
	 * session ending) keeps the other's, which the BFF still relays; the last one takes
	 * them.
	 */
	@Test
	void signingOutInOneBrowserLeavesThatPersonsOtherBrowserSignedInWithItsTokens() throws Exception {
		Browser laptop = new Browser();
		Browser tablet = new Browser();
		HttpResponse<String> page = laptop.signIn("admin", "demo");
		HttpResponse<String> other = tablet.signIn("admin", "demo");

		laptop.follow(laptop.post(UI + "/logout", "_csrf=" + csrf(page)));

		OAuth2AuthorizedClient kept = this.authorizedClients.loadAuthorizedClient("shop", "admin");
		assertThat(kept).isNotNull();
		SecurityContextHolder.getContext().setAuthentication(session("admin"));
		assertThat(this.desk.orders(new OrderQuery(List.of(), null, null, null, 0, 1, List.of())).block()).isNotNull();

		tablet.follow(tablet.post(UI + "/logout", "_csrf=" + csrf(other)));

		OAuth2AuthorizedClient forgotten = this.authorizedClients.loadAuthorizedClient("shop", "admin");
		assertThat(forgotten).isNull();
	}

	/**
	 * The first request for an address, as a browser makes it, answers the right status:
	 * a view outside the person's role 403, an address that leads nowhere 404, with the
	 * in-layout pages and none of Vaadin's bare page (which lists every route in
	 * development) nor anything of a stack trace.
	 */
	@Test
	void aForbiddenAddressAnswers403AndAnUnknownOne404WithoutLeakingAnything() throws Exception {
		Browser browser = new Browser();
		browser.signIn("sales", "demo");

		HttpResponse<String> jobs = browser.get(UI + "/jobs");
		HttpResponse<String> nope = browser.get(UI + "/nope");
		HttpResponse<String> orders = browser.get(UI + "/orders");

		assertThat(jobs.statusCode()).isEqualTo(403);
		assertThat(nope.statusCode()).isEqualTo(404);
		assertThat(orders.statusCode()).isEqualTo(200);
		for (HttpResponse<String> refused : List.of(jobs, nope)) {
			assertThat(refused.body()).doesNotContain("Could not navigate", "Available routes", "Exception", "at com.");
		}
	}

	/**
	 * What the header's language switch does beyond this browser (base/Preferences): the
	 * person's access token takes the language to their account at the provider, so their
	 * next sign-in, in any browser, carries it in the {@code locale} claim.
	 */
	@Test
	void aLanguageChosenInTheUiIsKeptWithThePersonsAccountAtTheProvider() throws Exception {
		new Browser().signIn("sales", "demo");

		this.account.keep(session("sales"), Locale.KOREAN).block(Duration.ofSeconds(15));

		PasswordSignIn.Tokens next = new PasswordSignIn(URI.create(ISSUER), Duration.ofSeconds(10))
			.signIn(new PasswordSignIn.Client("shop-ui", SECRET, URI.create(UI + "/login/oauth2/code/shop"),
					"openid profile"), "sales", "demo");
		assertThat(JwtDecoders.fromIssuerLocation(ISSUER).decode(next.idToken()).getClaimAsString("locale"))
			.isEqualTo("ko");
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("the page carries its CSRF token").isTrue();
		return csrf.group(1);
	}

	@Test
	void basicWithADemoUserSignsInAtTheProviderAndItsStateChangesNeedTheXsrfToken() {
		LoopbackHttp bff = new LoopbackHttp(UI_PORT);
		String admin = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes());

		var read = bff.get("/bff/v1/orders", "Authorization", admin);
		String xsrf = HttpCookie.parse(read.header("Set-Cookie").orElseThrow()).getFirst().getValue();
		String confirm = "/bff/v1/orders/" + UUID.randomUUID() + "/confirm";
		var withoutToken = bff.post(confirm, null, "Authorization", admin, "If-Match", "\"0\"");
		var withToken = bff.post(confirm, null, "Authorization", admin, "If-Match", "\"0\"", "Cookie",
				"XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf);
		var wrongPassword = bff.get("/bff/v1/orders", "Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString("admin:nope".getBytes()));

		assertThat(read.status()).isEqualTo(200);
		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(withToken.status()).as(withToken.body()).isEqualTo(404);
		assertThat(wrongPassword.status()).isEqualTo(401);
	}

	@Test
	void aTerminalTokenFromTheProviderWorksAtOrdersButNotAtTheBff() throws IOException {
		String token = new PasswordSignIn(URI.create(ISSUER), Duration.ofSeconds(10))
			.signIn(PasswordSignIn.Client.shopCli(), "sales", "demo")
			.accessToken();

		var atOrders = new LoopbackHttp(ORDERS_PORT).withBearer(token).get("/api/v1/orders?size=1");
		var atTheBff = new LoopbackHttp(UI_PORT).withBearer(token).get("/bff/v1/orders");

		assertThat(atOrders.status()).isEqualTo(200);
		assertThat(atTheBff.status()).isEqualTo(403);
	}

	private static OAuth2AuthenticationToken session(String user) {
		var person = new DefaultOAuth2User(AuthorityUtils.createAuthorityList("ROLE_BILLING"),
				java.util.Map.of("sub", user), "sub");
		return new OAuth2AuthenticationToken(person, person.getAuthorities(), "shop");
	}

	/** A browser without a window: cookies, redirects followed one by one. */
	private static final class Browser {

		final CookieManager cookies = new CookieManager();

		final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		final List<String> visited = new java.util.ArrayList<>();

		String authorizeRequest = "";

		String sessionCookie = "";

		HttpResponse<String> signIn(String user, String password) throws Exception {
			HttpResponse<String> login = follow(get(UI + "/"));
			assertThat(login.uri().toString()).startsWith(ISSUER + "/login");
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
			assertThat(csrf.find()).isTrue();
			return follow(post(login.uri().toString(), "username=" + user + "&password=" + password + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
		}

		HttpResponse<String> get(String uri) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build());
		}

		HttpResponse<String> post(String uri, String form) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(uri))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		}

		HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
			HttpResponse<String> current = response;
			for (int hops = 0; hops < 15 && current.statusCode() / 100 == 3; hops++) {
				current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
			}
			return current;
		}

		private HttpResponse<String> send(HttpRequest request) throws Exception {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			this.visited.add(request.uri().toString());
			if (request.uri().getPath().endsWith("/oauth2/authorize")) {
				this.authorizeRequest = request.uri().toString();
			}
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith("JSESSIONID") && request.uri().toString().startsWith(UI))
				.findFirst()
				.ifPresent((cookie) -> this.sessionCookie = cookie);
			return response;
		}

	}

}
