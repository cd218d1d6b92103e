package com.example.shop.testsupport.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Free loopback ports for servers that must be told their port before they bind it: the
 * services' JVMs, the embedded PostgreSQL and the Mongo stand-in. The system only says a
 * port is free when asked, and the probe's socket closes at once, so it can name the same
 * port again before the first taker binds it (the local run once gave PostgreSQL and the
 * Mongo stand-in the same one). Every port is handed out at most once per JVM; a repeat
 * is asked again.
 */
public final class FreePorts {

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private FreePorts() {
	}

	/** A port that was free when asked and that this JVM has not handed out before. */
	public static int next() {
		return next(FreePorts::probe);
	}

	static int next(IntSupplier probe) {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = probe.getAsInt();
			if (HANDED_OUT.add(port)) {
				return port;
			}
		}
		throw new IllegalStateException("The system named only ports handed out before, 100 times");
	}

	private static int probe() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
