package com.example.shop.ui.base;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The HTTP status of a page's own request. Vaadin answers every address with the same
 * bootstrap page and navigates afterwards, over its own requests, so the page would
 * answer 200 even where it then shows "Page not found" ({@link NotFoundPage}) or "No
 * access" ({@link NoAccessPage}). This asks Vaadin's router and its navigation access
 * control what that navigation will find, and answers 404 or 403 with the same page, so a
 * link checker, a crawler or a monitoring probe sees what a person sees. It decides
 * nothing: navigation still does. (An id that is not one, {@code /order/not-an-id}, is
 * found by the view, after this answer: that page answers 200 and shows "Page not
 * found".)
 */
@Component
class PageStatus implements VaadinServiceInitListener {

	private final ObjectProvider<NavigationAccessControl> access;

	PageStatus(ObjectProvider<NavigationAccessControl> access) {
		this.access = access;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(this::answer);
	}

	private void answer(IndexHtmlResponse page) {
		VaadinRequest request = page.getVaadinRequest();
		VaadinService service = request.getService();
		String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
		Optional<NavigationState> target = service.getRouter().resolveNavigationTarget(path, Map.of());
		if (target.isEmpty()) {
			page.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
		}
		else if (request.getUserPrincipal() != null && !allowed(target.get(), path, service, request)) {
			// Signed in and outside the role; a visitor who is not is sent to sign in.
			page.getVaadinResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
		}
	}

	private boolean allowed(NavigationState target, String path, VaadinService service, VaadinRequest request) {
		NavigationAccessControl control = this.access.getIfAvailable();
		if (control == null) {
			return true;
		}
		var context = control.createNavigationContext(target.getNavigationTarget(), path, service, request);
		return control.checkAccess(context, service.getDeploymentConfiguration().isProductionMode())
			.decision() == AccessCheckDecision.ALLOW;
	}

}
