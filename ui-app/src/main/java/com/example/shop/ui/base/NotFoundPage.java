package com.example.shop.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * An address that leads nowhere ({@code /nope}, {@code /order/not-an-id}): "page not
 * found" in the shell, answered with 404. It replaces Vaadin's bare page, which in
 * development lists every route.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

	NotFoundPage() {
		super("error-page.not-found");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

}
