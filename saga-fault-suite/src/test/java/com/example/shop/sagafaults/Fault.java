package com.example.shop.sagafaults;

/** The faults the suite injects, the rows of its table. */
enum Fault {

	/** The step's backend refuses connections (a dead service). */
	REFUSED("refused connection"),
	/**
	 * The step's backend does what is asked, but its answers are cut as they start (lost
	 * after the effect committed), for every attempt of the call.
	 */
	LOST_ANSWER("lost answer"),
	/** The step's backend is unreachable for longer than the reservation timeout. */
	DOWN_PAST_TIMEOUT("down > reservation timeout"),
	/** The BFF's JVM is killed (SIGKILL) between two steps, then started again. */
	BFF_KILLED("BFF killed, restarted"),
	/** A retry with the same placement id and body runs at the same time. */
	CONCURRENT_SAME("concurrent retry, same body"),
	/** A retry with the same placement id and another customer runs at the same time. */
	CONCURRENT_OTHER("concurrent retry, other body"),
	/** The order is shipped while it is being cancelled. */
	CANCEL_VS_SHIP("cancel racing a ship");

	final String label;

	Fault(String label) {
		this.label = label;
	}

}
