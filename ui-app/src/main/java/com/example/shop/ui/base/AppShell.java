package com.example.shop.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo and the app's own stylesheet (no frontend bundle, see
 * the README), and server push so live catalog changes and slow backend answers reach the
 * screen without a click. Push runs both ways over one WebSocket, so a page keeps talking
 * to the instance that holds its session while that instance drains, even after the load
 * balancer has stopped sending it new requests (k8s/README.md, "The UI's sessions during
 * a rollout").
 */
@Push(transport = Transport.WEBSOCKET)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/shop.css")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Shop");
		settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
	}

}
