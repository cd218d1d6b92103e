package com.example.shop.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The neighbour check: an ordinary request's latency on its own, then while another
 * client sends the API's worst-case request back to back. A service whose work per
 * request is bounded refuses the worst case in milliseconds and the neighbour does not
 * notice.
 */
final class Neighbour {

	private static final int ORDINARY_CALLS = 30;

	private Neighbour() {
	}

	/**
	 * @param ordinary an ordinary call; returns normally when it got its ordinary answer
	 * @param worstCase the worst-case call; returns whether it was refused as it should
	 * be
	 * @return the ordinary call's latencies alone and during the worst case
	 */
	static Result measure(Call ordinary, Call worstCase) throws Exception {
		for (int i = 0; i < 10; i++) {
			ordinary.run();
		}
		List<Duration> alone = times(ordinary);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger hostile = new AtomicInteger();
		AtomicInteger wronglyAnswered = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		Thread attacker = Thread.ofPlatform().name("worst-case").start(() -> {
			while (!stop.get()) {
				try {
					if (!worstCase.run()) {
						wronglyAnswered.incrementAndGet();
					}
				}
				catch (Exception ex) {
					wronglyAnswered.incrementAndGet();
				}
				hostile.incrementAndGet();
				started.countDown();
			}
		});
		started.await();
		List<Duration> during = times(ordinary);
		stop.set(true);
		attacker.join();
		return new Result(alone, during, hostile.get(), wronglyAnswered.get());
	}

	private static List<Duration> times(Call ordinary) throws Exception {
		List<Duration> times = new ArrayList<>();
		for (int i = 0; i < ORDINARY_CALLS; i++) {
			long started = System.nanoTime();
			if (!ordinary.run()) {
				throw new AssertionError("The ordinary request did not get its ordinary answer");
			}
			times.add(Duration.ofNanos(System.nanoTime() - started));
		}
		return times;
	}

	/** A call; true if answered as expected. */
	@FunctionalInterface
	interface Call {

		boolean run() throws Exception;

	}

	/**
	 * @param alone the ordinary call's latencies on its own
	 * @param during its latencies while the worst case ran
	 * @param worstCases how many worst-case requests were sent meanwhile
	 * @param wronglyAnswered how many of them were not refused as they should be
	 */
	record Result(List<Duration> alone, List<Duration> during, int worstCases, int wronglyAnswered) {

		static Duration median(List<Duration> times) {
			return times.stream().sorted().toList().get(times.size() / 2);
		}

		static Duration max(List<Duration> times) {
			return times.stream().max(Duration::compareTo).orElseThrow();
		}

		@Override
		public String toString() {
			return "ordinary median %d ms alone, %d ms (max %d ms) during %d worst-case requests".formatted(
					median(this.alone).toMillis(), median(this.during).toMillis(), max(this.during).toMillis(),
					this.worstCases);
		}

	}

}
