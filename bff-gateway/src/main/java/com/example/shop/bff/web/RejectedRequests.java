package com.example.shop.bff.web;

import java.nio.charset.StandardCharsets;

import com.example.shop.problems.ProblemType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses (an encoded line break, slash or percent
 * sign in the path, a path that walks up with {@code ..}) is a 400 problem written at
 * once. By default the firewall sends an error that the servlet container forwards to
 * {@code /error}, which the host's sign-in rules then redirected to the sign-in page: a
 * 302 to HTML for a JSON client. The firewall itself stays as strict as it is.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

	@Bean
	RequestRejectedHandler problemForRejectedRequests() {
		return (request, response, rejected) -> {
			response.setStatus(400);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"%s\",\"title\":\"Malformed request\",\"status\":400,"
						+ "\"detail\":\"The request's address is not one this server accepts\"}"
							.formatted(ProblemType.MALFORMED_REQUEST.uri()));
		};
	}

}
