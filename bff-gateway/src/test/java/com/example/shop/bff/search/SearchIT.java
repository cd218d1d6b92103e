package com.example.shop.bff.search;

import java.math.BigDecimal;
import java.util.List;

import com.example.shop.bff.Part;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The palette's search against the real backends: one query fans out to orders, billing
 * (customers and invoices) and catalog in parallel; a backend that does not answer costs
 * its own group only; only person roles may search.
 */
class SearchIT extends BffIntegrationTest {

	@Autowired
	SearchService search;

	@Test
	@SignedIn(roles = "SALES")
	void findsAnOrderAndAnInvoiceByNumberACustomerByNameAndAProductBySku() {
		Placement.Placed placed = placeOne(1);
		String orderNumber = placed.order().number();
		String invoiceNumber = placed.invoice().number();
		String sku = placed.order().lines().getFirst().sku();

		assertThat(first(Domain.ORDERS, orderNumber).id()).isEqualTo(placed.order().id().toString());
		assertThat(first(Domain.INVOICES, invoiceNumber).id()).isEqualTo(placed.invoice().id().toString());
		assertThat(first(Domain.CUSTOMERS, placed.order().customerName()).id())
			.isEqualTo(placed.order().customerId().toString());
		Hit product = first(Domain.PRODUCTS, sku.toLowerCase());
		assertThat(product.id()).isEqualTo(sku);
		assertThat(new BigDecimal(product.amount().amount())).isEqualByComparingTo("100.00");
	}

	@Test
	@SignedIn(roles = "SALES")
	void numbersAreFoundHoweverTheyAreTyped() {
		Placement.Placed placed = placeOne(1);
		String number = placed.order().number();
		String digits = number.substring(number.indexOf('-') + 1).replaceFirst("^0+", "");

		for (String typed : List.of(number.toLowerCase(), "ORD" + digits, "ord-" + digits, digits)) {
			assertThat(first(Domain.ORDERS, typed).title()).as(typed).isEqualTo(number);
		}
	}

	@Test
	@SignedIn(roles = "SALES")
	void theOrderAndInvoiceAreFoundByTheWordsOfTheCustomersNameInAnyOrderByTheBackendsOwnSearch() {
		Placement.Placed placed = placeOne(1);
		String[] words = placed.order().customerName().split(" ");
		String reversed = words[words.length - 1].toUpperCase() + " customer";

		SearchResults results = this.search.search(reversed).block();

		assertThat(hits(results, Domain.ORDERS)).extracting(Hit::title).containsExactly(placed.order().number());
		assertThat(hits(results, Domain.INVOICES)).extracting(Hit::title).containsExactly(placed.invoice().number());
	}

	@Test
	@SignedIn(roles = "SALES")
	void aDeadCatalogLeavesTheOtherDomainsAndSaysSo() {
		Placement.Placed placed = placeOne(1);
		this.backends.catalog.refuse();

		SearchResults results = this.search.search(placed.order().number()).block();

		assertThat(group(results, Domain.PRODUCTS).hits()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.backend()).isEqualTo("catalog"));
		assertThat(hits(results, Domain.ORDERS)).extracting(Hit::title).containsExactly(placed.order().number());
		assertThat(group(results, Domain.CUSTOMERS).hits()).isInstanceOf(Part.Available.class);
		assertThat(group(results, Domain.INVOICES).hits()).isInstanceOf(Part.Available.class);
		assertThat(results.nothingFound()).isFalse();
	}

	@Test
	@SignedIn(roles = "BILLING")
	void billingSearchesEveryDomainItMayRead() {
		assertThat(this.search.search("1").block().groups()).extracting(Group::domain)
			.containsExactly(Domain.ORDERS, Domain.CUSTOMERS, Domain.INVOICES, Domain.PRODUCTS);
	}

	@Test
	@SignedIn(roles = "ADMIN")
	void aBlankQueryAsksNobody() {
		this.backends.orders.refuse();
		this.backends.billing.refuse();
		this.backends.catalog.refuse();

		assertThat(this.search.search("  ").block().groups()).isEmpty();
	}

	@Test
	@SignedIn(roles = "ADMIN")
	void somethingNobodyHoldsIsNothingFoundInEveryDomain() {
		SearchResults results = this.search.search("no-such-thing-anywhere").block();

		assertThat(results.groups()).extracting(Group::domain)
			.containsExactly(Domain.ORDERS, Domain.CUSTOMERS, Domain.INVOICES, Domain.PRODUCTS);
		assertThat(results.nothingFound()).isTrue();
	}

	@Test
	@SignedIn(roles = "SERVICE")
	void onlyPeopleWithARoleMaySearch() {
		assertThatThrownBy(() -> this.search.search("ORD").block()).isInstanceOf(AccessDeniedException.class);
	}

	private Hit first(Domain domain, String query) {
		List<Hit> hits = hits(this.search.search(query).block(), domain);
		assertThat(hits).as("%s for %s", domain, query).isNotEmpty();
		return hits.getFirst();
	}

	private static List<Hit> hits(SearchResults results, Domain domain) {
		Part<List<Hit>> part = group(results, domain).hits();
		assertThat(part).as(domain + " answered").isInstanceOf(Part.Available.class);
		return ((Part.Available<List<Hit>>) part).value();
	}

	private static Group group(SearchResults results, Domain domain) {
		return results.groups().stream().filter((g) -> g.domain() == domain).findFirst().orElseThrow();
	}

}
