package com.example.shop.ui.drain;

import java.lang.reflect.Field;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.PushRequestHandler;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atmosphere (Vaadin's push) registers a JVM shutdown hook that destroys every push
 * connection the moment SIGTERM arrives, before Spring closes the context, so a draining
 * instance could no longer reach its open pages. This removes that hook; Vaadin still
 * destroys Atmosphere when its servlet stops, after the drain. Found by reflection (the
 * hook is Atmosphere's protected field): when a Vaadin upgrade moves it, this logs a
 * warning and the drain test ({@code UiDrainIT}) fails.
 */
final class AtmosphereShutdownHook {

	private static final Logger log = LoggerFactory.getLogger(AtmosphereShutdownHook.class);

	private AtmosphereShutdownHook() {
	}

	/** Removes the hook of the service's push handler; true if it was there. */
	static boolean remove(VaadinService service) {
		try {
			for (RequestHandler handler : service.getRequestHandlers()) {
				if (handler instanceof PushRequestHandler push) {
					AtmosphereFramework atmosphere = (AtmosphereFramework) field(PushRequestHandler.class, "atmosphere")
						.get(push);
					Field hookField = field(AtmosphereFramework.class, "shutdownHook");
					Thread hook = (atmosphere != null) ? (Thread) hookField.get(atmosphere) : null;
					if (hook != null && Runtime.getRuntime().removeShutdownHook(hook)) {
						hookField.set(atmosphere, null);
						return true;
					}
				}
			}
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.warn("Could not keep push connections open through a drain: {}", ex.toString());
		}
		return false;
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		Field field = type.getDeclaredField(name);
		field.setAccessible(true);
		return field;
	}

}
