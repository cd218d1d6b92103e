package com.example.shop.ui.drain;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While draining, a request that belongs to no session here is refused with 503 (the
 * ingress tries another instance), so a draining instance takes no new sessions even if
 * one reaches it before it has left the load balancer. Health stays open.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DrainFilter extends OncePerRequestFilter {

	private final SessionDrain drain;

	DrainFilter(SessionDrain drain) {
		this.drain = drain;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.drain.draining() && request.getSession(false) == null
				&& !request.getRequestURI().startsWith("/actuator/")) {
			response.setHeader("Retry-After", "1");
			response.setHeader("Connection", "close");
			// Not sendError: its error dispatch would meet the security chain and turn
			// into a login redirect.
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("This server is being updated; please retry.");
			return;
		}
		chain.doFilter(request, response);
	}

}
