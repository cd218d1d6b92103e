package com.example.shop.bff.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.InvoiceQuery;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.ProductSort;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.OrderQuery;
import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One query over orders, customers, invoices and products at once (the UI's command
 * palette, {@code GET /bff/v1/search}): the four lookups run in parallel under the
 * request's one budget, each domain's answer is a {@link Part}, so a backend that does
 * not answer costs its own group only.
 * <p>
 * Each lookup goes through the feature's own service, so its method security decides what
 * the caller may read: a domain the caller's role may not read is left out rather than
 * shown as an error. (Today's role matrix lets every person role read all four.)
 * <p>
 * Each backend does its own matching, over all its documents: orders' and billing's
 * search ({@code q}: a number however typed, a number's start, the words of the
 * customer's name), billing's customer search and the catalog's relevance search. Billing
 * is asked for invoices only when the query has a digit: a customer's name finds the
 * customer and the customer's orders, and the invoices are a click further.
 */
@Service
public class SearchService {

	/** Hits per domain: a palette shows a few of each, not a list. */
	public static final int HITS = 5;

	private final OrderDeskService orders;

	private final CustomerService customers;

	private final BillingDeskService billing;

	private final CatalogPagesService catalog;

	SearchService(OrderDeskService orders, CustomerService customers, BillingDeskService billing,
			CatalogPagesService catalog) {
		this.orders = orders;
		this.customers = customers;
		this.billing = billing;
		this.catalog = catalog;
	}

	/**
	 * Searches every domain the caller may read, in parallel.
	 * @param query an order or invoice number (whole or in part, {@code ORD-000241},
	 * {@code 241}), a customer's name or e-mail, a product's SKU or words of its name
	 * @return a group per domain the caller may read; none for a blank query
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<SearchResults> search(String query) {
		String q = (query != null) ? query.strip() : "";
		if (q.isEmpty()) {
			return Mono.just(new SearchResults(q, List.of()));
		}
		return Mono.zip(orders(q), customers(q), invoices(q), products(q))
			.map((groups) -> new SearchResults(q,
					Stream.of(groups.getT1(), groups.getT2(), groups.getT3(), groups.getT4())
						.flatMap(Optional::stream)
						.toList()));
	}

	private Mono<Optional<Group>> orders(String q) {
		var found = new OrderQuery(List.of(), null, null, null, 0, HITS, List.of("placedAt,desc"), q);
		return group(Domain.ORDERS, () -> this.orders.orders(found).map((page) -> Matching.orders(page.items(), q)));
	}

	private Mono<Optional<Group>> customers(String q) {
		return group(Domain.CUSTOMERS, () -> this.customers.customers(q, List.of(), 0, HITS, List.of("name,asc"))
			.map((page) -> page.items().stream().map(SearchService::hit).toList()));
	}

	private Mono<Optional<Group>> invoices(String q) {
		var found = new InvoiceQuery(List.of(), null, List.of(), 0, HITS, List.of("issueDate,desc"), q);
		return group(Domain.INVOICES,
				() -> this.billing.invoices(found).map((page) -> Matching.invoices(page.items(), q)));
	}

	private Mono<Optional<Group>> products(String q) {
		var best = new ProductQuery(q, null, false, null, 0, HITS, ProductSort.RELEVANCE, false);
		return group(Domain.PRODUCTS,
				() -> this.catalog.search(best).map((page) -> page.items().stream().map(SearchService::hit).toList()));
	}

	/**
	 * The domain's group: its hits, unavailable when its backend did not answer, or none
	 * at all when the feature's service refuses the caller. The call is made here, on the
	 * caller's thread, so method security sees who asks.
	 */
	private static Mono<Optional<Group>> group(Domain domain, Supplier<Mono<List<Hit>>> lookup) {
		Mono<List<Hit>> hits;
		try {
			hits = lookup.get();
		}
		catch (AccessDeniedException notForThisRole) {
			return Mono.just(Optional.empty());
		}
		return Part.of(hits)
			.map((part) -> Optional.of(new Group(domain, part)))
			.onErrorResume(AccessDeniedException.class, (notForThisRole) -> Mono.just(Optional.empty()));
	}

	private static Hit hit(Customer customer) {
		return new Hit(customer.id().toString(), customer.name(), customer.email(), customer.status().name(), null);
	}

	private static Hit hit(Product product) {
		return new Hit(product.sku(), product.name(), product.sku(), product.active() ? "ACTIVE" : "INACTIVE",
				product.price());
	}

}
