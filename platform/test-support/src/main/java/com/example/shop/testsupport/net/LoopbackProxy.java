package com.example.shop.testsupport.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback in front of a real service, to make it slow or down without
 * mocks:
 * <ul>
 * <li>{@link Mode#PASS}: bytes flow both ways untouched;</li>
 * <li>{@link Mode#DELAY}: every answer chunk waits first, as a slow service's would;</li>
 * <li>{@link Mode#DROP}: connections are accepted and requests swallowed, and no answer
 * ever comes (a hung service);</li>
 * <li>{@link Mode#REFUSE}: connections are closed at once (a dead service).</li>
 * </ul>
 * Changing the mode cuts every open connection, so pooled HTTP and long-lived gRPC
 * connections see it at once.
 */
public final class LoopbackProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile Mode mode = Mode.PASS;

	private volatile Duration delay = Duration.ZERO;

	private LoopbackProxy(ServerSocket server, InetSocketAddress target) {
		this.server = server;
		this.target = target;
	}

	/**
	 * Starts a proxy on a free loopback port.
	 * @param targetPort the real service's loopback port
	 * @return the running proxy
	 */
	public static LoopbackProxy to(int targetPort) {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			LoopbackProxy proxy = new LoopbackProxy(server,
					new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
			Thread.ofVirtual().name("proxy-accept-" + server.getLocalPort()).start(proxy::acceptLoop);
			return proxy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The port clients should use instead of the service's. */
	public int port() {
		return this.server.getLocalPort();
	}

	public void pass() {
		switchTo(Mode.PASS, Duration.ZERO);
	}

	public void delay(Duration delay) {
		switchTo(Mode.DELAY, delay);
	}

	public void drop() {
		switchTo(Mode.DROP, Duration.ZERO);
	}

	public void refuse() {
		switchTo(Mode.REFUSE, Duration.ZERO);
	}

	public Mode mode() {
		return this.mode;
	}

	private synchronized void switchTo(Mode mode, Duration delay) {
		this.mode = mode;
		this.delay = delay;
		for (Socket socket : this.open) {
			closeQuietly(socket);
		}
		this.open.clear();
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Thread.ofVirtual().start(() -> handle(client));
			}
			catch (IOException ex) {
				// Closed: the loop ends.
			}
		}
	}

	private void handle(Socket client) {
		Mode current = register(client, null);
		if (current == Mode.REFUSE) {
			closeQuietly(client);
			return;
		}
		if (current == Mode.DROP) {
			pump(client, OutputStream.nullOutputStream(), Duration.ZERO, client, null);
			return;
		}
		try {
			Socket upstream = new Socket(this.target.getAddress(), this.target.getPort());
			if (register(upstream, current) != current) {
				// The mode changed while connecting: this connection belongs to the old
				// mode.
				closeQuietly(upstream);
				closeQuietly(client);
				return;
			}
			Duration answerDelay = this.delay;
			OutputStream toUpstream = upstream.getOutputStream();
			Thread.ofVirtual().start(() -> pump(client, toUpstream, Duration.ZERO, client, upstream));
			pump(upstream, client.getOutputStream(), answerDelay, client, upstream);
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
	}

	/**
	 * Registers a socket under the mode it was opened in, atomically with
	 * {@link #switchTo}, so a mode change closes every connection opened before it and
	 * none opened after it slips through.
	 * @param socket the socket
	 * @param expected the mode the connection started in, or {@code null} when it starts
	 * now
	 * @return the current mode (the socket is registered only if it still matches)
	 */
	private synchronized Mode register(Socket socket, Mode expected) {
		if ((expected == null || expected == this.mode) && this.mode != Mode.REFUSE) {
			this.open.add(socket);
		}
		return this.mode;
	}

	private void pump(Socket from, OutputStream to, Duration delay, Socket client, Socket upstream) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (!delay.isZero()) {
					Thread.sleep(delay);
				}
				to.write(buffer, 0, read);
				to.flush();
			}
		}
		catch (IOException ex) {
			// One side closed: close both below.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			closeQuietly(client);
			if (upstream != null) {
				closeQuietly(upstream);
			}
		}
	}

	private void closeQuietly(Socket socket) {
		this.open.remove(socket);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		switchTo(Mode.REFUSE, Duration.ZERO);
	}

	/** How the proxy treats traffic. */
	public enum Mode {

		PASS, DELAY, DROP, REFUSE

	}

}
