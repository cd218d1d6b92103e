package com.example.shop.ui.security;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.example.shop.bff.AuthorizedClients;
import com.example.shop.support.security.Authorities;
import com.example.shop.support.security.PasswordSignIn;
import com.example.shop.support.security.ProblemResponses;
import com.example.shop.support.security.RestSecurity;
import com.example.shop.support.security.SecuritySettings;
import com.example.shop.support.security.TokenAuthentication;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three filter chains.
 * <ul>
 * <li>{@code /bff/v1}: stateless. It takes bearer tokens from the configured issuer that
 * were issued to the UI's client (what the UI's own sessions hold; other clients call the
 * backends with their own tokens), and, in the local run only, HTTP Basic with the demo
 * users ({@link DemoSignIn}). A browser attaches Basic credentials by itself, so every
 * state change needs the {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN} unless
 * it carries a bearer token, which no browser attaches by itself; and no other origin may
 * call it (CORS) unless configured.</li>
 * <li>The operations endpoints: health probes and the API document on the service port,
 * everything else of the actuator on the management port only.</li>
 * <li>Everything else is the Vaadin UI: a session (30 minutes idle), Vaadin's CSRF
 * protection, sign-in through the identity provider (authorization code with PKCE),
 * sign-out that ends the provider's session too (RP-initiated logout), and a
 * Content-Security-Policy that Vaadin works with.</li>
 * </ul>
 * Which role may open which view is on the views ({@code @RolesAllowed}); which role may
 * call what is enforced on the BFF's services, and again by each backend.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The OAuth2 client registration people sign in with. */
	static final String REGISTRATION = "shop";

	/**
	 * What Vaadin Flow needs (its bootstrap starts the client engine with an inline
	 * script, which then builds functions from what the server sends) and nothing more:
	 * no other origin, no plugins, no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain bffApi(HttpSecurity http, TokenAuthentication tokens, DemoUsersProperties demoUsers,
			UiSecurityProperties settings, JwtDecoder decoder, SecuritySettings security) throws Exception {
		ProblemEntryPoint unauthorized = new ProblemEntryPoint(demoUsers.enabled());
		http.securityMatcher("/bff/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(Authorities.VIA_BFF))
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(new ProblemResponses()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(new ProblemResponses()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors((cors) -> cors.configurationSource(cors(settings)))
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				// The cookie's value itself is echoed, so a script or curl can send it.
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(RequestWithBearerToken.MATCHER))
			.addFilterAfter(new CsrfCookie(), org.springframework.security.web.csrf.CsrfFilter.class);
		if (demoUsers.enabled()) {
			PasswordSignIn.Client client = new PasswordSignIn.Client(security.bffClientId(), settings.clientSecret(),
					demoUsers.redirectUri(), "openid profile");
			http.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
				.authenticationProvider(new DemoSignIn(new PasswordSignIn(settings.issuerUri(), Duration.ofSeconds(5)),
						client, decoder, tokens));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http, Environment environment) throws Exception {
		RequestMatcher open = (request) -> List.of("/readyz", "/livez").contains(request.getRequestURI())
				|| request.getRequestURI().startsWith("/v3/api-docs");
		return http
			.securityMatcher(
					(request) -> open.matches(request) || RestSecurity.onManagementPort(environment).matches(request))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain ui(HttpSecurity http, ClientRegistrationRepository registrations, PersonTokens tokens)
			throws Exception {
		DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/styles/**", "/images/**").permitAll())
			.oauth2Login((login) -> login
				.authorizationEndpoint((authorization) -> authorization.authorizationRequestResolver(withPkce))
				.failureHandler(new SignInFailure("/oauth2/authorization/" + REGISTRATION)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			// Each request of a signed-in session counts it among the person's sessions,
			// which share their tokens (PersonTokens).
			.addFilterAfter(new SessionsOfPeople(tokens), SecurityContextHolderFilter.class)
			// Any other address needs a signed-in person and reaches Vaadin, whose router
			// shows "Page not found" in the frame with a 404 (base/NotFoundPage,
			// PageStatus). Vaadin's own default refuses it outright (denyAll): a bare 403
			// with no page, which the browser shows as its own error.
			.with(VaadinSecurityConfigurer.vaadin(),
					(vaadin) -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION, "{baseUrl}/")
						.addLogoutHandler(forgetTokens(tokens))
						.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
		return http.build();
	}

	/**
	 * Maps the roles claim of the person's ID token ({@code app.security.roles-claim}) to
	 * the roles the views and the BFF check.
	 */
	@Bean
	GrantedAuthoritiesMapper oidcRoles(SecuritySettings security) {
		return (authorities) -> {
			Set<GrantedAuthority> mapped = new HashSet<>(authorities);
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc) {
					TokenAuthentication.roles(oidc.getIdToken().getClaims(), security.rolesClaim())
						.forEach((role) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
				}
			}
			return mapped;
		};
	}

	/**
	 * Where a person's chosen language is kept beyond the browser: their account at the
	 * provider, when it offers one ({@code app.security.account-uri}).
	 */
	@Bean
	AccountLanguage accountLanguage(UiSecurityProperties settings, AuthorizedClients clients) {
		return new AccountLanguage(settings.accountUri(), clients);
	}

	/** When a person's tokens are forgotten: with their last session. */
	@Bean
	PersonTokens personTokens(OAuth2AuthorizedClientService authorizedClients) {
		return new PersonTokens(authorizedClients);
	}

	/**
	 * A session that ends (signed out, idle for 30 minutes, a closed tab reclaimed) takes
	 * the person's tokens with it when it was their last.
	 */
	@Bean
	ApplicationListener<SessionDestroyedEvent> forgetTokensOfEndedSessions(PersonTokens tokens) {
		return (event) -> {
			for (SecurityContext context : event.getSecurityContexts()) {
				if (context.getAuthentication() instanceof OAuth2AuthenticationToken person) {
					tokens.sessionEnded(person, event.getId());
				}
			}
		};
	}

	@Bean
	ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
		return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
	}

	private static LogoutHandler forgetTokens(PersonTokens tokens) {
		return (request, response, authentication) -> {
			HttpSession session = request.getSession(false);
			if (authentication instanceof OAuth2AuthenticationToken person && session != null) {
				tokens.sessionEnded(person, session.getId());
			}
		};
	}

	/**
	 * Only the UI's own origin, and those configured, may call /bff/v1 from a browser.
	 */
	private static UrlBasedCorsConfigurationSource cors(UiSecurityProperties settings) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(settings.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"));
		configuration.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/bff/**", configuration);
		return source;
	}

	/** A request that carries a bearer token, which no browser sends on its own. */
	private static final class RequestWithBearerToken {

		static final RequestMatcher MATCHER = (request) -> {
			String authorization = request.getHeader("Authorization");
			return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
		};

	}

	/**
	 * Writes the {@code XSRF-TOKEN} cookie on every {@code /bff/v1} answer (Spring
	 * Security creates it only when something reads the token), so a Basic client gets it
	 * from its first read.
	 */
	private static final class CsrfCookie extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, java.io.IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * Counts the session of each request a person makes signed in; the first such request
	 * comes right after sign-in, with the session id sign-in gave it.
	 */
	static final class SessionsOfPeople extends OncePerRequestFilter {

		private final PersonTokens tokens;

		SessionsOfPeople(PersonTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, java.io.IOException {
			HttpSession session = request.getSession(false);
			if (session != null && SecurityContextHolder.getContext()
				.getAuthentication() instanceof OAuth2AuthenticationToken person) {
				this.tokens.signedIn(person, session.getId());
			}
			chain.doFilter(request, response);
		}

	}

}
