package com.example.shop.ui.base;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.PushConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * What the UI holds open, for the BFF dashboard: {@code vaadin.sessions} (Vaadin
 * sessions, one per signed-in browser), {@code vaadin.uis} (open UIs, one per tab) and
 * {@code vaadin.push.connections} (UIs whose push channel is connected now). Counted from
 * Vaadin's own session and UI lifecycle events; the gauges only read.
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener, MeterBinder {

	private final AtomicInteger sessions = new AtomicInteger();

	private final Set<UI> uis = ConcurrentHashMap.newKeySet();

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> this.sessions.incrementAndGet());
		event.getSource().addSessionDestroyListener((destroy) -> this.sessions.decrementAndGet());
		event.getSource().addUIInitListener((init) -> opened(init.getUI()));
	}

	void opened(UI ui) {
		this.uis.add(ui);
		ui.addDetachListener((detach) -> this.uis.remove(ui));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("vaadin.sessions", this.sessions, AtomicInteger::get)
			.description("Open Vaadin sessions")
			.register(registry);
		Gauge.builder("vaadin.uis", this.uis, Set::size)
			.description("Open Vaadin UIs (browser tabs)")
			.register(registry);
		Gauge.builder("vaadin.push.connections", this, VaadinMetrics::pushConnections)
			.description("Open UIs whose push connection is connected")
			.register(registry);
	}

	private int pushConnections() {
		int connected = 0;
		for (UI ui : this.uis) {
			PushConnection push = ui.getInternals().getPushConnection();
			if (push != null && push.isConnected()) {
				connected++;
			}
		}
		return connected;
	}

}
