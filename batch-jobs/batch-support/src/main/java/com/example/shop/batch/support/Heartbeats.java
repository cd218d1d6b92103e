package com.example.shop.batch.support;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a running execution records that it is alive, in the domain's own database next
 * to the job metadata. A run killed with {@code kill -9} leaves its execution STARTED;
 * its heartbeat stops, and only once that is older than the timeout may a restart mark it
 * failed.
 */
public interface Heartbeats {

	/** Records that execution {@code executionId} is alive at {@code at}. */
	void beat(long executionId, Instant at);

	/** The last heartbeat of an execution, if it ever beat. */
	Optional<Instant> last(long executionId);

}
