package com.example.shop.ui.base;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab that stopped sending heartbeats (closed, crashed, offline) loses its UI at the
 * next sweep, with the view's detach listeners run (which is where views let go of their
 * subscriptions); a tab that sends them keeps it. Without a browser: the heartbeat's time
 * is set as the client's last heartbeat would have left it.
 */
@ViewPackages(classes = ClosedTabsTests.Blank.class)
class ClosedTabsTests extends BrowserlessTest {

	@Test
	void aTabWhoseHeartbeatsStoppedIsClosedAndRemovedWhileALiveOneStays() {
		UI ui = UI.getCurrent();
		VaadinSession session = ui.getSession();
		AtomicBoolean detached = new AtomicBoolean();
		ui.addDetachListener((detach) -> detached.set(true));

		sweep(session);
		assertThat(session.getUIs()).as("a tab that just sent its heartbeat").containsExactly(ui);
		assertThat(ui.isClosing()).isFalse();

		// Three missed heartbeats of the test's deployment (Vaadin's default interval,
		// five minutes) and more.
		long longAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
		ui.getInternals().setLastHeartbeatTimestamp(longAgo);
		sweep(session);

		assertThat(ui.isClosing()).isTrue();
		assertThat(detached).as("removed from its session, so detached").isTrue();
		assertThat(ui.isAttached()).isFalse();
	}

	/**
	 * A sweep, as the scheduler runs it while no request holds the session. Here the test
	 * thread holds the session's lock, as a request does; the sweep's task then waits for
	 * the lock's release, when Vaadin runs the pending tasks, as done here.
	 */
	private static void sweep(VaadinSession session) {
		ClosedTabs.reclaim(session);
		session.getService().runPendingAccessTasks(session);
	}

	@Route("closed-tabs")
	public static class Blank extends Div {

	}

}
