package com.example.shop.e2e;

import java.util.regex.Pattern;

import com.example.shop.e2e.backends.BffClient;
import com.example.shop.e2e.data.TestData.TestCustomer;
import com.example.shop.e2e.data.TestData.TestProduct;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.harness.Tags;
import com.example.shop.e2e.pages.OrderPage;
import com.example.shop.e2e.pages.Shell;
import com.example.shop.e2e.pages.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Switching to Korean and back: labels, dates and money follow the language, and the
 * choice is remembered by the browser (after signing out and in again) and, with the
 * shop's own identity provider, by the person's account (their next sign-in in another
 * browser).
 *
 * <p>
 * In the business currency, KRW, English and Korean write money alike ({@code ₩478,000}:
 * no decimals, the same grouping), so the money check is that amounts keep reading that
 * way in Korean; dates change visibly ({@code Dec 1, 2026, 5:16 PM} and
 * {@code 2026. 12. 1. 오후 5:16}).
 */
@EndToEnd
// A language chosen here is the person's own at the suite's provider, so every journey
// signing in as the same person meanwhile would start in it: this class runs alone.
@Isolated
@Execution(ExecutionMode.SAME_THREAD)
class LanguageIT {

	private static final Pattern ENGLISH_DATE_TIME = Pattern
		.compile("^[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s[AP]M$");

	private static final Pattern KOREAN_DATE_TIME = Pattern
		.compile("^\\d{4}\\. \\d{1,2}\\. \\d{1,2}\\. (오전|오후) \\d{1,2}:\\d{2}$");

	@Test
	void switchingToKoreanChangesLabelsDatesAndMoneyAndIsRemembered(Shop shop) {
		TestCustomer customer = shop.data().customer("Jeju Tangerine Farm");
		TestProduct crate = shop.data().product("Harvest crate", 12_000, 100);
		BffClient.Placed placed = shop.data().placedOrder(customer, crate, 5);

		Shell admin = shop.signIn(Role.ADMIN);
		OrderPage order = admin.openOrder(placed.orderId(), placed.orderNumber());
		assertThat(order.facts().value("Total")).hasText("₩60,000");
		assertThat(order.facts().value("Placed")).hasText(ENGLISH_DATE_TIME);

		admin.switchLanguage("Language", "한국어");
		admin.assertMenuOffers("대시보드", "상품", "주문", "새 주문", "고객", "청구서", "확인 필요", "작업");
		assertThat(Shell.heading(admin.page(), "주문 " + placed.orderNumber())).isVisible();
		assertThat(order.facts().value("합계")).hasText("₩60,000");
		assertThat(order.facts().value("주문일시")).hasText(KOREAN_DATE_TIME);
		assertThat(order.status()).hasText("접수");

		// Remembered: signing out (the identity provider's page asks again) and in
		// again in the same browser keeps Korean.
		SignIn signIn = admin.signOut("로그아웃");
		var credentials = shop.credentials(Role.ADMIN);
		Shell again = signIn.as(credentials.user(), credentials.password());
		assertThat(Shell.heading(again.page(), "대시보드")).isVisible();

		again.switchLanguage("언어", "English");
		again.assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices",
				"Needs attention", "Jobs");
		OrderPage inEnglish = again.openOrder(placed.orderId(), placed.orderNumber());
		assertThat(inEnglish.facts().value("Placed")).hasText(ENGLISH_DATE_TIME);
	}

	/**
	 * The language of a person whose identity provider account says Korean (the local
	 * run's demo user {@code minji}, {@value Tags#OWN_SYSTEM}: a deployment's provider
	 * has its own people): the UI starts in Korean without a choice, and a choice made in
	 * the UI wins from then on, in this browser and, kept with her account at the
	 * provider, in a new browser without the cookie. She leaves it Korean again.
	 */
	@Test
	@Tag(Tags.OWN_SYSTEM)
	void someoneWhoseAccountSaysKoreanStartsInKorean(Shop shop) {
		String password = shop.ownSystem().ready().getProperty("demo.password");

		Shell minji = shop.signInPage().as("minji", password);
		minji.assertMenuOffers("대시보드", "상품", "주문", "새 주문", "고객", "청구서");
		assertThat(Shell.heading(minji.page(), "대시보드")).isVisible();

		minji.switchLanguage("언어", "English");
		Shell again = minji.signOut().as("minji", password);
		again.assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices");

		// Another browser (a new context: no cookie) signs her in in the language she
		// chose in the first: it is her account's now.
		Shell elsewhere = shop.signInPage().as("minji", password);
		elsewhere.assertMenuOffers("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices");

		elsewhere.switchLanguage("Language", "한국어");
		elsewhere.assertMenuOffers("대시보드", "상품", "주문", "새 주문", "고객", "청구서");
		Shell third = shop.signInPage().as("minji", password);
		third.assertMenuOffers("대시보드", "상품", "주문", "새 주문", "고객", "청구서");
	}

}
