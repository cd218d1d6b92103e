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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A TCP proxy on loopback in front of a real service, to make it slow or down without
 * mocks:
 * <ul>
 * <li>{@link Mode#PASS}: bytes flow both ways untouched;</li>
 * <li>{@link Mode#DELAY}: every answer chunk waits first, as a slow service's would; or
 * only some answers: those to a share of the requests, picked at random
 * ({@link #delaySome}, a service with a slow tail), or the next few answer chunks
 * ({@link #delayAnswers}; an answer of a few kilobytes is one chunk);</li>
 * <li>{@link Mode#DROP}: connections are accepted and requests swallowed, and no answer
 * ever comes (a hung service);</li>
 * <li>{@link Mode#REFUSE}: connections are closed at once (a dead service);</li>
 * <li>{@link Mode#CUT_ANSWER}: requests reach the service, which does what they ask, but
 * the connection is cut the moment its answer starts, so the client never hears it (a
 * lost answer after the effect committed). HTTP/1.1 answers are cut at their first byte;
 * HTTP/2 (gRPC) connections pass the service's connection frames and are cut at the first
 * response {@code HEADERS} frame of a stream. After the given number of cut answers the
 * proxy passes traffic again, so a client's retry gets through.</li>
 * </ul>
 * Changing the mode cuts every open connection, so pooled HTTP and long-lived gRPC
 * connections see it at once (asking a passing proxy to pass changes nothing).
 * {@link #requests()} counts what clients sent, so a test can wait until a call has
 * reached the service instead of sleeping.
 */
public final class LoopbackProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile Mode mode = Mode.PASS;

	private volatile Duration delay = Duration.ZERO;

	/** The share of answer chunks {@link Mode#DELAY} holds back, from 0 to 1. */
	private volatile double delayedShare = 1;

	/** Whether {@link Mode#DELAY} holds back a number of answer chunks, not a share. */
	private volatile boolean counting;

	/** While counting, how many more answer chunks {@link Mode#DELAY} holds back. */
	private final AtomicInteger answersToDelay = new AtomicInteger();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicInteger answersToCut = new AtomicInteger();

	private final AtomicLong answersCut = new AtomicLong();

	private final AtomicLong heldBack = new AtomicLong();

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

	/**
	 * Passes traffic untouched. A proxy that passes already keeps its connections: every
	 * test starts by asking all proxies to pass, and cutting the pooled connections of a
	 * healthy backend each time only made the next calls meet closed connections.
	 */
	public synchronized void pass() {
		if (this.mode == Mode.PASS) {
			return;
		}
		switchTo(Mode.PASS, Duration.ZERO);
	}

	public void delay(Duration delay) {
		switchTo(Mode.DELAY, delay);
	}

	/**
	 * Holds back the answers to a share of the requests, picked at random: a service
	 * whose slow tail is that share. Each request chunk a client sends (a GET is one) is
	 * picked or not; a picked one's answer waits before its first chunk.
	 * @param share from 0 to 1
	 * @param delay how long each of them waits
	 */
	public synchronized void delaySome(double share, Duration delay) {
		switchTo(Mode.DELAY, delay);
		this.delayedShare = share;
	}

	/**
	 * Holds back the next {@code answers} answers, then passes the rest at once, keeping
	 * open connections (a request sent again gets through).
	 * @param answers how many answers wait
	 * @param delay how long each of them waits
	 */
	public synchronized void delayAnswers(int answers, Duration delay) {
		switchTo(Mode.DELAY, delay);
		this.answersToDelay.set(answers);
		this.counting = true;
	}

	public void drop() {
		switchTo(Mode.DROP, Duration.ZERO);
	}

	public void refuse() {
		switchTo(Mode.REFUSE, Duration.ZERO);
	}

	/**
	 * Lets the next {@code answers} requests reach the service and cuts each connection
	 * as its answer starts; then passes traffic again.
	 * @param answers how many answers to lose
	 */
	public synchronized void cutAnswers(int answers) {
		switchTo(Mode.CUT_ANSWER, Duration.ZERO);
		this.answersToCut.set(answers);
	}

	public Mode mode() {
		return this.mode;
	}

	/**
	 * How many chunks of bytes clients have sent through the proxy so far; grows with
	 * every request (and with protocol chatter such as HTTP/2 settings).
	 */
	public long requests() {
		return this.requests.get();
	}

	/** How many answer chunks {@link Mode#DELAY} has held back so far. */
	public long heldBack() {
		return this.heldBack.get();
	}

	/** How many answers {@link Mode#CUT_ANSWER} has cut so far. */
	public long answersCut() {
		return this.answersCut.get();
	}

	private synchronized void switchTo(Mode mode, Duration delay) {
		this.mode = mode;
		this.delay = delay;
		this.delayedShare = 1;
		this.counting = false;
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
			pump(client, OutputStream.nullOutputStream(), Duration.ZERO, () -> false, client, null);
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
			double share = this.delayedShare;
			OutputStream toUpstream = upstream.getOutputStream();
			// With a share, which answers wait is decided per request: a picked request
			// owes its answer a wait.
			AtomicInteger owed = new AtomicInteger();
			Runnable onRequest = (share < 1) ? () -> {
				if (ThreadLocalRandom.current().nextDouble() < share) {
					owed.incrementAndGet();
				}
			} : () -> {
			};
			BooleanSupplier holdsBack = (share < 1) ? () -> owed.getAndUpdate((n) -> Math.max(0, n - 1)) > 0
					: this::holdsBack;
			if (current == Mode.CUT_ANSWER) {
				Sniff sniff = new Sniff();
				Thread.ofVirtual().start(() -> pumpRequests(client, toUpstream, client, upstream, sniff, () -> {
				}));
				cutAnswer(upstream, client.getOutputStream(), client, upstream, sniff);
				return;
			}
			Thread.ofVirtual().start(() -> pumpRequests(client, toUpstream, client, upstream, null, onRequest));
			pump(upstream, client.getOutputStream(), answerDelay, holdsBack, client, upstream);
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

	private void pump(Socket from, OutputStream to, Duration delay, BooleanSupplier holdsBack, Socket client,
			Socket upstream) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (!delay.isZero() && holdsBack.getAsBoolean()) {
					this.heldBack.incrementAndGet();
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

	/** Whether this answer chunk waits, in {@link Mode#DELAY} without a share. */
	private boolean holdsBack() {
		return !this.counting || this.answersToDelay.getAndDecrement() > 0;
	}

	/** Client to service: counts what is sent and, when cutting, notes the protocol. */
	private void pumpRequests(Socket from, OutputStream to, Socket client, Socket upstream, Sniff sniff,
			Runnable onRequest) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (sniff != null) {
					sniff.first(buffer, read);
				}
				onRequest.run();
				to.write(buffer, 0, read);
				to.flush();
				this.requests.incrementAndGet();
			}
		}
		catch (IOException ex) {
			// One side closed: close both below.
		}
		finally {
			closeQuietly(client);
			closeQuietly(upstream);
		}
	}

	/**
	 * Service to client while cutting answers: passes bytes until an answer starts, then
	 * closes both sides, the answer unsent. Once enough answers were cut, passes the rest
	 * of the connection untouched.
	 */
	private void cutAnswer(Socket from, OutputStream to, Socket client, Socket upstream, Sniff sniff) {
		byte[] buffer = new byte[16 * 1024];
		Http2Frames frames = new Http2Frames();
		try (InputStream in = from.getInputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (this.answersToCut.get() <= 0) {
					to.write(buffer, 0, read);
					to.flush();
					continue;
				}
				int answerStart = sniff.http2() ? frames.answerStart(buffer, read) : 0;
				if (answerStart < 0) {
					to.write(buffer, 0, read);
					to.flush();
					continue;
				}
				if (this.answersToCut.getAndDecrement() > 0) {
					to.write(buffer, 0, answerStart);
					to.flush();
					this.answersCut.incrementAndGet();
					if (this.answersToCut.get() <= 0) {
						passAgain();
					}
					return;
				}
				to.write(buffer, 0, read);
				to.flush();
			}
		}
		catch (IOException ex) {
			// One side closed: close both below.
		}
		finally {
			closeQuietly(client);
			closeQuietly(upstream);
		}
	}

	/** Back to passing once the answers are cut, keeping open connections. */
	private synchronized void passAgain() {
		if (this.mode == Mode.CUT_ANSWER) {
			this.mode = Mode.PASS;
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

		PASS, DELAY, DROP, REFUSE, CUT_ANSWER

	}

	/** Whether a connection speaks HTTP/2, from the client's first bytes. */
	private static final class Sniff {

		private static final byte[] PREFACE = "PRI * HTTP/2.0".getBytes(StandardCharsets.US_ASCII);

		private volatile boolean http2;

		void first(byte[] bytes, int length) {
			if (!this.http2 && length >= PREFACE.length
					&& Arrays.equals(bytes, 0, PREFACE.length, PREFACE, 0, PREFACE.length)) {
				this.http2 = true;
			}
		}

		boolean http2() {
			return this.http2;
		}

	}

	/**
	 * Reads the frames a service sends on an HTTP/2 connection, to find where the first
	 * answer (a {@code HEADERS} frame on a stream) starts; frames may span reads.
	 */
	private static final class Http2Frames {

		private final byte[] header = new byte[9];

		private int headerRead;

		private long payloadLeft;

		/**
		 * @return the offset in this chunk where an answer starts, or -1 if none does
		 */
		int answerStart(byte[] bytes, int length) {
			int i = 0;
			while (i < length) {
				if (this.payloadLeft > 0) {
					int skip = (int) Math.min(this.payloadLeft, length - i);
					this.payloadLeft -= skip;
					i += skip;
					continue;
				}
				int frameStart = i - this.headerRead;
				this.header[this.headerRead++] = bytes[i++];
				if (this.headerRead < 9) {
					continue;
				}
				this.headerRead = 0;
				int type = this.header[3] & 0xff;
				int stream = ((this.header[5] & 0x7f) << 24) | ((this.header[6] & 0xff) << 16)
						| ((this.header[7] & 0xff) << 8) | (this.header[8] & 0xff);
				if (type == 0x1 && stream != 0) {
					return Math.max(frameStart, 0);
				}
				this.payloadLeft = ((this.header[0] & 0xffL) << 16) | ((this.header[1] & 0xffL) << 8)
						| (this.header[2] & 0xffL);
			}
			return -1;
		}

	}

}
