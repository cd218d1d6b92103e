package com.example.shop.testsupport.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Races: the same call on many threads, released at one moment, to show what a service
 * does under contention.
 */
public final class Race {

	private Race() {
	}

	/**
	 * Runs {@code call} on {@code parallel} threads released together and waits for all
	 * of them.
	 * @param <T> what each call returns
	 * @param parallel how many at once
	 * @param call the call
	 * @return every result, in thread order
	 * @throws Exception the first failure of a call
	 */
	public static <T> List<T> race(int parallel, Callable<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

}
