package com.example.shop.batch.support;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunMonitorTests {

	private static ExecutionSummary running(long read, long written, long skipped) {
		return new ExecutionSummary(3, "product-import", Map.of(), "STARTED", Instant.EPOCH, null, read, written,
				skipped, Map.of(), "");
	}

	@Test
	void aProgressLineSaysCountsRateShareAndTimeLeftWhenTheTotalIsKnown() {
		assertThat(RunMonitor.line(running(120_000, 119_890, 110), 200_000, 0, 10_000))
			.isEqualTo("[product-import #3] read 120,000 · written 119,890 · skipped 110 · 10,000.0 items/s · 60% of"
					+ " 200,000 · about 8 s left");
	}

	@Test
	void aRestartCountsFromTheRunsStartAndAnUnknownTotalGivesNoEstimate() {
		assertThat(RunMonitor.line(running(10_000, 10_000, 0), 100_000, 80_000, 1_000))
			.endsWith("90% of 100,000 · about 10 s left");
		assertThat(RunMonitor.line(running(5, 5, 0), 0, 0, 2.5))
			.isEqualTo("[product-import #3] read 5 · written 5 · skipped 0 · 2.5 items/s");
	}

}
