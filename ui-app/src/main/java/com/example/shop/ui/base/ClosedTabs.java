package com.example.shop.ui.base;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reclaims the UIs of closed tabs within a minute ({@code ../shared/DECISIONS.md},
 * "Sessions"). Vaadin closes a UI that missed three heartbeats ({@code vaadin.
 * heartbeat-interval}) only while it handles a later request of the same session. A
 * browser whose tabs are all closed, or that crashed or lost its network, never sends
 * one, so its UIs, with their views, grids and subscriptions, would stay in the heap
 * until the HTTP session times out 30 minutes later. This sweeps every open session at a
 * fixed interval, under the session's lock, with Vaadin's own rule for an active UI
 * ({@code VaadinService.isUIActive}). The session itself, the person's sign-in, stays
 * until its idle timeout.
 */
@Component
@EnableScheduling
class ClosedTabs implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(ClosedTabs.class);

	private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> this.sessions.add(init.getSession()));
		event.getSource().addSessionDestroyListener((destroy) -> this.sessions.remove(destroy.getSession()));
	}

	/** Every open session, swept once. */
	@Scheduled(fixedDelayString = "${app.ui.closed-tab-sweep:10s}")
	void sweep() {
		for (VaadinSession session : this.sessions) {
			try {
				reclaim(session);
			}
			catch (RuntimeException ex) {
				// A session ending while it is swept; the others are swept all the same.
				log.debug("Could not sweep a session", ex);
			}
		}
	}

	/**
	 * Closes and removes the session's UIs that stopped sending heartbeats. Runs under
	 * the session's lock: at once when it is free, else right after the request that
	 * holds it.
	 */
	static void reclaim(VaadinSession session) {
		session.access(() -> {
			for (UI ui : List.copyOf(session.getUIs())) {
				if (ui.isClosing() || !session.getService().isUIActive(ui)) {
					// With the UI as the current one, as Vaadin does it itself.
					ui.accessSynchronously(() -> {
						if (!ui.isClosing()) {
							log.debug("Closing UI {}: its tab stopped sending heartbeats", ui.getUIId());
							ui.close();
						}
						session.removeUI(ui);
					});
				}
			}
		});
	}

}
