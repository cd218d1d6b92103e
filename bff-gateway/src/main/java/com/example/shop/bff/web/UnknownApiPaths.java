package com.example.shop.bff.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every address under {@code /bff/v1} that names no endpoint is a 404 problem. Without
 * this, the host's catch-all (Vaadin's, in ui-app) answered it with the UI's page, 200 or
 * a redirect to the sign-in page: not what a JSON client can read.
 */
@RestController
@Hidden
record UnknownApiPaths() {

	@RequestMapping("/bff/v1/**")
	void unknown(jakarta.servlet.http.HttpServletRequest request) throws NoResourceFoundException {
		throw new NoResourceFoundException(org.springframework.http.HttpMethod.valueOf(request.getMethod()),
				request.getRequestURI(), "No /bff/v1 endpoint at this address");
	}

}
