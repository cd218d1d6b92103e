package com.example.shop.support.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionsTests {

	enum Light {

		RED, GREEN, YELLOW, OFF

	}

	private final Transitions<Light> lights = Transitions.of(Light.class)
		.allow(Light.RED, Light.GREEN)
		.allow(Light.GREEN, Light.YELLOW)
		.allow(Light.YELLOW, Light.RED, Light.OFF);

	@Test
	void onlyTheMovesWrittenDownAreAllowed() {
		assertThat(this.lights.allows(Light.RED, Light.GREEN)).isTrue();
		assertThat(this.lights.allows(Light.GREEN, Light.RED)).isFalse();
		assertThat(this.lights.allows(Light.RED, Light.RED)).isFalse();
		assertThat(this.lights.nextFrom(Light.YELLOW)).containsExactlyInAnyOrder(Light.RED, Light.OFF);
	}

	@Test
	void aStatusWithNoMovesIsFinal() {
		assertThat(this.lights.nextFrom(Light.OFF)).isEmpty();
		assertThat(this.lights.allows(Light.OFF, Light.RED)).isFalse();
	}

	@Test
	void namesAreSortedForARefusalsFactsAndALifecycleNeverChangesOnceBuilt() {
		Transitions<Light> more = this.lights.allow(Light.OFF, Light.RED);

		assertThat(this.lights.namesFrom(Light.YELLOW)).containsExactly("OFF", "RED");
		assertThat(this.lights.nextFrom(Light.OFF)).isEmpty();
		assertThat(more.allows(Light.OFF, Light.RED)).isTrue();
	}

}
