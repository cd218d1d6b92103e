package com.example.shop.ui.base;

import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VaadinMetricsTests {

	@Test
	void openUisCountAndNoneHasAPushConnectionYet() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		VaadinMetrics metrics = new VaadinMetrics();
		metrics.bindTo(registry);
		UI first = new UI();
		UI second = new UI();

		metrics.opened(first);
		metrics.opened(second);

		assertThat(registry.get("vaadin.uis").gauge().value()).isEqualTo(2);
		assertThat(registry.get("vaadin.push.connections").gauge().value()).isZero();
		assertThat(registry.get("vaadin.sessions").gauge().value()).isZero();
	}

}
