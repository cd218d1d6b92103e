package com.example.shop.bff.support;

import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/** Starting points that tests of the BFF and of the UI build on. */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * Places an order that a test needs as its starting point. A busy machine can make a
	 * backend miss the BFF's per-call timeout; the answer is then
	 * {@link Placement.NotPlaced} (nothing changed) or, when the miss came after the
	 * order was created, {@link Placement.PlacedWithPendingSteps} (a step such as
	 * confirming the stock is left for the reconciler, which these tests do not run).
	 * Either way the remedy is to submit the same placement again, which finishes what is
	 * left; this does so a few times, each with closed circuits. Anything else than a
	 * placed order fails the test.
	 */
	public static Placement.Placed placed(PlaceOrderService placing, CircuitBreakerRegistry circuits,
			PlaceOrder command) {
		Placement placement = placing.place(command).block();
		for (int attempt = 1; attempt < 5 && (placement instanceof Placement.NotPlaced
				|| placement instanceof Placement.PlacedWithPendingSteps); attempt++) {
			circuits.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
			placement = placing.place(command).block();
		}
		if (!(placement instanceof Placement.Placed placed)) {
			throw new AssertionError("The fixture's order was not placed: " + placement);
		}
		return placed;
	}

}
