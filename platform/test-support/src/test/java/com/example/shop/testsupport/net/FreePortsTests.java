package com.example.shop.testsupport.net;

import java.util.PrimitiveIterator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FreePortsTests {

	@Test
	void aPortTheSystemNamesTwiceIsHandedOutOnce() {
		// Ports 1 to 3 are privileged: the system never names them as free ones.
		PrimitiveIterator.OfInt named = IntStream.of(1, 1, 1, 2).iterator();

		assertThat(FreePorts.next(named::nextInt)).isEqualTo(1);
		assertThat(FreePorts.next(named::nextInt)).isEqualTo(2);
	}

	@Test
	void aSystemThatKeepsNamingHandedOutPortsIsNotAskedForever() {
		FreePorts.next(() -> 3);

		assertThatIllegalStateException().isThrownBy(() -> FreePorts.next(() -> 3))
			.withMessageContaining("handed out before");
	}

	@Test
	void realPortsAreDistinct() {
		assertThat(IntStream.range(0, 50).map((i) -> FreePorts.next()).distinct().count()).isEqualTo(50);
	}

}
