package com.example.shop.catalog.grpc;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.support.security.Authorities;
import com.example.shop.support.security.TokenAuthentication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.security.AuthenticationProcessInterceptor;
import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what on the catalog (docs/security.md), with Boot's gRPC server security:
 * every call carries {@code authorization: Bearer <token>} in its metadata, read as in
 * every service ({@link TokenAuthentication}). Everybody reads the catalog; only admins
 * create and edit products; reservations are saga steps the BFF runs. Health is
 * anonymous, and so is reflection where it runs at all (the local run only). A missing or
 * invalid token is {@code UNAUTHENTICATED}, a missing right {@code PERMISSION_DENIED},
 * both with details ({@link CatalogErrors}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CATALOG = CatalogServiceGrpc.SERVICE_NAME + "/";

	@Bean
	@GlobalServerInterceptor
	// Not in the one-shot migrate mode, which starts no gRPC server.
	@ConditionalOnBooleanProperty(name = "spring.grpc.server.enabled", matchIfMissing = true)
	AuthenticationProcessInterceptor catalogSecurity(GrpcSecurity grpc, TokenAuthentication tokens) throws Exception {
		return grpc
			.authorizeRequests((calls) -> calls.methods("grpc.health.v1.Health/*")
				.permitAll()
				.methods("grpc.reflection.v1.ServerReflection/*", "grpc.reflection.v1alpha.ServerReflection/*")
				.permitAll()
				// Reading, and who changed a product, what and when (its page).
				.methods(CATALOG + "GetProduct", CATALOG + "BatchGetProducts", CATALOG + "SearchProducts",
						CATALOG + "ListCategories", CATALOG + "WatchProductChanges", CATALOG + "GetProductHistory")
				.hasAnyAuthority(Authorities.READERS)
				.methods(CATALOG + "CreateProduct", CATALOG + "UpdateProduct")
				.hasAuthority(Authorities.ADMIN)
				// The batch jobs' history and reports: admins (the Jobs view).
				.methods(CATALOG + "ListJobExecutions", CATALOG + "DownloadJobReport")
				.hasAuthority(Authorities.ADMIN)
				.methods(CATALOG + "ReserveStock", CATALOG + "ConfirmReservation", CATALOG + "ReleaseReservation",
						CATALOG + "CommitReservation", CATALOG + "ListReservations")
				.hasAuthority(Authorities.VIA_BFF)
				.allRequests()
				.denyAll())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(tokens)))
			.build();
	}

	/**
	 * The catalog's HTTP port serves only the actuator (it is the catalog's management
	 * port, 8082), reached only by the cluster's monitoring and the local run.
	 */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

}
