package com.example.shop.bff.jobs;

import java.util.List;

import com.example.shop.bff.Part;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Jobs composite against the real backends: each domain's batch history comes from
 * its own backend, and a domain that cannot answer costs its own part only.
 */
class JobsIT extends BffIntegrationTest {

	@Autowired
	JobsService jobs;

	@Test
	@SignedIn(roles = "ADMIN")
	void eachDomainsHistoryComesFromItsOwnBackend() {
		JobsOverview overview = this.jobs.overview(5).block();

		assertThat(List.of(overview.orders(), overview.catalog(), overview.billing()))
			.allSatisfy((part) -> assertThat(part).isInstanceOf(Part.Available.class));
		assertThat(overview.anyRunning()).isFalse();
	}

	@Test
	@SignedIn(roles = "ADMIN")
	void aDeadBillingLeavesTheOtherDomainsHistory() {
		this.backends.billing.refuse();

		JobsOverview overview = this.jobs.overview(5).block();

		assertThat(overview.billing()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.backend()).isEqualTo("billing"));
		assertThat(overview.orders()).isInstanceOf(Part.Available.class);
		assertThat(overview.catalog()).isInstanceOf(Part.Available.class);
	}

	@Test
	@SignedIn(roles = "SALES")
	void onlyAdminsSeeTheJobs() {
		assertThatThrownBy(() -> this.jobs.overview(5).block()).isInstanceOf(AccessDeniedException.class);
	}

}
