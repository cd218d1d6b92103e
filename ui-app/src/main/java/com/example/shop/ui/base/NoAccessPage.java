package com.example.shop.ui.base;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address of a view outside the signed-in person's role ({@code /jobs} for sales):
 * "no access" in the shell, answered with 403. Vaadin's navigation access control
 * (enabled by {@code VaadinSecurityConfigurer}) reroutes a signed-in person it denies to
 * the handler of {@link AccessDeniedException}; without this one, Vaadin's own shows the
 * bare "not found" page. A person who is not signed in never gets here: they are sent to
 * sign in.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NoAccessPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

	private static final Logger log = LoggerFactory.getLogger(NoAccessPage.class);

	NoAccessPage() {
		super("error-page.denied");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		log.info("Refused /{} to a signed-in user outside its roles", event.getLocation().getPath());
		return HttpStatusCode.FORBIDDEN.getCode();
	}

}
