package com.example.shop.batch.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BatchCommandTests {

	@Test
	void aJobWithItsParametersIgnoringSpringBootsOwnOptions() {
		assertThat(BatchCommand.parse(List.of("--spring.datasource.url=jdbc:x", "product-import", "file=a=b.csv",
				"--app.batch.heartbeat-timeout=30s")))
			.isEqualTo(new BatchCommand.Run("product-import", Map.of("file", "a=b.csv")));
	}

	@Test
	void restartOfOneJobOrAnyAndList() {
		assertThat(BatchCommand.parse(List.of("--restart"))).isEqualTo(new BatchCommand.Restart(null));
		assertThat(BatchCommand.parse(List.of("--restart", "mark-overdue")))
			.isEqualTo(new BatchCommand.Restart("mark-overdue"));
		assertThat(BatchCommand.parse(List.of("--list"))).isEqualTo(new BatchCommand.ListExecutions());
	}

	@Test
	void whatIsNotACommandIsRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> BatchCommand.parse(List.of()))
			.withMessageContaining("Name a job");
		assertThatIllegalArgumentException().isThrownBy(() -> BatchCommand.parse(List.of("day=2026-11-01")))
			.withMessageContaining("is not a job name");
		assertThatIllegalArgumentException().isThrownBy(() -> BatchCommand.parse(List.of("mark-overdue", "day")))
			.withMessageContaining("'day' is not name=value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BatchCommand.parse(List.of("mark-overdue", "day=1", "day=2")))
			.withMessageContaining("'day' is given twice");
		assertThatIllegalArgumentException().isThrownBy(() -> BatchCommand.parse(List.of("--list", "x")))
			.withMessageContaining("--list takes no arguments");
	}

}
