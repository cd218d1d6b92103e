package com.example.shop.ui.security;

import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in with a user name and password (the demo users locally). Part of the security
 * wiring, so it lives with it.
 */
@Route(value = Routes.LOGIN, autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm login = new LoginForm();

	LoginView(DemoUsersProperties demoUsers) {
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
		this.login.setI18n(i18n);
		this.login.setAction("login");
		this.login.setForgotPasswordButtonVisible(false);
		add(new H1(getTranslation("app.name")), this.login);
		if (demoUsers.enabled()) {
			add(new Paragraph(getTranslation("login.demo")));
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title");
	}

}
