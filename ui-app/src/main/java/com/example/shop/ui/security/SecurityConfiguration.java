package com.example.shop.ui.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.example.shop.bff.Roles;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three filter chains. {@code /bff/v1} is stateless: every request authenticates (HTTP
 * Basic with the demo users locally) and no session or CSRF token is involved. The
 * operations endpoints come next. Everything else is the Vaadin UI: a session, Vaadin's
 * CSRF protection, and sign-in by the login view (demo users) or, when a client
 * registration is configured, by an OpenID Connect provider. Which role may open which
 * view is on the views ({@code @RolesAllowed}); which role may call what is enforced on
 * the BFF's services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain bffApi(HttpSecurity http) throws Exception {
		return http.securityMatcher("/bff/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(new ProblemEntryPoint()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new ProblemEntryPoint()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**", "/v3/api-docs/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health/**", "/v3/api-docs/**")
				.permitAll()
				.anyRequest()
				.hasRole(Roles.ADMIN))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new ProblemEntryPoint()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new ProblemEntryPoint()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain ui(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
		ClientRegistrationRepository registrations = oidc.getIfAvailable();
		if (registrations != null) {
			// Production: users come from the OpenID Connect provider; roles from a
			// claim.
			http.oauth2Login(Customizer.withDefaults());
			String loginPage = "/oauth2/authorization/" + firstRegistration(registrations);
			http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.oauth2LoginPage(loginPage));
		}
		else {
			http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		}
		return http.build();
	}

	private static String firstRegistration(ClientRegistrationRepository registrations) {
		if (registrations instanceof InMemoryClientRegistrationRepository memory) {
			for (ClientRegistration registration : memory) {
				return registration.getRegistrationId();
			}
		}
		return "oidc";
	}

	/**
	 * Maps the OpenID Connect roles claim ({@code app.security.oidc.roles-claim}, values
	 * {@code SALES}, {@code BILLING}, {@code ADMIN}) to the roles the views and the BFF
	 * check.
	 */
	@Bean
	GrantedAuthoritiesMapper oidcRoles(@Value("${app.security.oidc.roles-claim:roles}") String claim) {
		return (authorities) -> {
			Set<GrantedAuthority> mapped = new HashSet<>(authorities);
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc) {
					Object roles = oidc.getAttributes().get(claim);
					if (roles instanceof Collection<?> values) {
						values.stream()
							.map(String::valueOf)
							.filter(List.of(Roles.SALES, Roles.BILLING, Roles.ADMIN)::contains)
							.forEach((role) -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
					}
				}
			}
			return mapped;
		};
	}

	/**
	 * The demo users' hashes use BCrypt's lowest cost. {@code /bff/v1} is stateless HTTP
	 * Basic, so the password is checked on every request, and the default cost spends
	 * about 100 ms of CPU each time; the demo passwords are public, so a higher cost
	 * protects nothing. This encoder also keeps Spring Security from "upgrading" them.
	 */
	@Bean
	@ConditionalOnProperty("app.security.demo-users.enabled")
	PasswordEncoder demoPasswordEncoder() {
		return new BCryptPasswordEncoder(4);
	}

	@Bean
	@ConditionalOnProperty("app.security.demo-users.enabled")
	UserDetailsService demoUsers(PasswordEncoder encoder) {
		String password = encoder.encode("demo");
		return new InMemoryUserDetailsManager(User.withUsername("sales").password(password).roles(Roles.SALES).build(),
				User.withUsername("billing").password(password).roles(Roles.BILLING).build(),
				User.withUsername("admin").password(password).roles(Roles.ADMIN).build());
	}

}
