package com.example.shop.orders.web;

import com.example.shop.orders.fixture.a.First;

/**
 * An adapter: it may use the domain (and the transports, which this fixture does not
 * need).
 */
public class FixtureController {

	public First first() {
		return new First();
	}

}
