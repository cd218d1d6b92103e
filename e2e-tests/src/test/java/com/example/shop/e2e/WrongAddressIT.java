package com.example.shop.e2e;

import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.pages.AccessDenied;
import com.example.shop.e2e.pages.Shell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed addresses that the user may not open, or that lead nowhere: "No access" (403) or
 * "Page not found" (404) inside the application's frame, with a way back to the
 * dashboard; one whose query cannot be read (400) gets the application's own page with
 * the same way back. Never Vaadin's bare page, Spring's or the browser's error page.
 */
@EndToEnd
class WrongAddressIT {

	@Test
	void salesOpeningTheJobsViewIsRefusedInTheFrameAndFindsTheWayBack(Shop shop) {
		Shell sales = shop.signIn(Role.SALES);

		int status = sales.goAnswering("/jobs");

		AccessDenied.assertShownInsteadOf(sales.page(), "Jobs");
		assertThat(status).isEqualTo(403);
		AccessDenied.backToTheDashboard(sales.page());
	}

	@Test
	void anAddressThatLeadsNowhereIsNotFoundInTheFrame(Shop shop) {
		Shell billing = shop.signIn(Role.BILLING);

		int nowhere = billing.goAnswering("/nope");
		AccessDenied.assertNotFound(billing.page());
		billing.go("/order/not-a-uuid");
		AccessDenied.assertNotFound(billing.page());

		assertThat(nowhere).isEqualTo(404);
	}

	@Test
	void anAddressWhoseQueryCannotBeReadIsRefusedWithAPageThatSaysSo(Shop shop) {
		Shell sales = shop.signIn(Role.SALES);

		int unreadable = sales.goAnswering("/orders?q=%FF%FE");

		AccessDenied.assertUnreadableAddress(sales.page());
		assertThat(unreadable).isEqualTo(400);
		AccessDenied.backToTheDashboard(sales.page());
	}

}
