package com.example.shop.ui.base;

import java.net.URLEncoder;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;

import com.example.shop.bff.order.OrderStatus;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.AuthenticationUtil;
import com.vaadin.flow.spring.security.AuthenticationContext;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Where each view lives. Views reach each other by these addresses, never by class: a
 * view naming another's class tied their packages into a cycle (customer and order detail
 * did) and forced every view to be public. The menu needs none of them either
 * ({@code @Menu} on the views, read by {@link MainLayout}).
 */
public final class Routes {

	/** The dashboard, where signing in lands. */
	public static final String DASHBOARD = "";

	/** The catalog: search, filter, a product's detail. */
	public static final String CATALOG = "catalog";

	/**
	 * The catalog's query parameter that names a product to open
	 * ({@code catalog?sku=DESK-001}): the catalog shows it found by its SKU, its dialog
	 * open.
	 */
	public static final String PRODUCT_PARAMETER = "sku";

	/** The order list. */
	public static final String ORDERS = "orders";

	/** The new-order form. */
	public static final String NEW_ORDER = "orders/new";

	/** Orders whose placement or cancellation is unfinished (admin). */
	public static final String ORDERS_ATTENTION = "orders/attention";

	/** One order, {@link #order(UUID)}. */
	public static final String ORDER = "order";

	/** The customer list. */
	public static final String CUSTOMERS = "customers";

	/** One customer's overview, {@link #customer(UUID)}. */
	public static final String CUSTOMER = "customer";

	/**
	 * One customer's statement, {@link #statement(UUID)}; the period is in the query
	 * ({@code ?from=2026-10-01&to=2026-10-31}).
	 */
	public static final String STATEMENT = CUSTOMER + "/:id/statement";

	/** The invoice list. */
	public static final String INVOICES = "invoices";

	/** One invoice, {@link #invoice(UUID)}. */
	public static final String INVOICE = "invoice";

	/** Each domain's batch executions (admins). */
	public static final String JOBS = "jobs";

	private Routes() {
	}

	public static String order(UUID id) {
		return ORDER + "/" + id;
	}

	/**
	 * The orders list's filters as its address keeps them ({@code q}, {@code status},
	 * {@code from}, {@code to}), each only when set. {@code OrdersView} writes and reads
	 * them; the dashboard's bars link with them ({@link #ordersHref}).
	 */
	public static QueryParameters ordersFilter(String q, Collection<OrderStatus> statuses, LocalDate from,
			LocalDate to) {
		return new QueryParameters(ordersParameters(q, statuses, from, to));
	}

	/**
	 * The orders list with these filters, as a link
	 * ({@code orders?status=PLACED&from=…}).
	 */
	public static String ordersHref(String q, Collection<OrderStatus> statuses, LocalDate from, LocalDate to) {
		StringJoiner query = new StringJoiner("&", ORDERS + "?", "");
		ordersParameters(q, statuses, from, to)
			.forEach((name, values) -> query.add(name + "=" + URLEncoder.encode(values.getFirst(), UTF_8)));
		return query.toString();
	}

	/**
	 * In the order a reader expects them: what is searched, then the status, then the
	 * dates.
	 */
	private static Map<String, List<String>> ordersParameters(String q, Collection<OrderStatus> statuses,
			LocalDate from, LocalDate to) {
		return ListAddress.parameters()
			.text("q", q)
			.values("status", statuses)
			.value("from", from)
			.value("to", to)
			.map();
	}

	public static String customer(UUID id) {
		return CUSTOMER + "/" + id;
	}

	public static String statement(UUID customerId) {
		return CUSTOMER + "/" + customerId + "/statement";
	}

	public static String invoice(UUID id) {
		return INVOICE + "/" + id;
	}

	/**
	 * A link to a view that the router follows in place, without reloading the page (as a
	 * {@code RouterLink} does, but by address).
	 */
	public static Anchor link(String text, String location) {
		Anchor link = new Anchor(location, text);
		link.getElement().setAttribute("router-link", "");
		return link;
	}

	/**
	 * A click on a row, or Enter or Space on the focused row ({@link Rows}), opens the
	 * view at the row's address.
	 */
	public static <T> void openRows(Grid<T> grid, Function<T, String> location) {
		Rows.open(grid, (item) -> grid.getUI().ifPresent((ui) -> ui.navigate(location.apply(item))));
	}

	/**
	 * Whether the signed-in user may open the view at this route ({@link #ORDER}, with or
	 * without its parameter: access depends on the view, never on the value). It asks the
	 * signed-in user's security context, never the current request: Vaadin's
	 * {@code AccessAnnotationChecker.hasAccess(Class)} reads the request, which an answer
	 * applied later ({@link Async}) does not have ("No request is available"), and which
	 * for a click that arrives over the push WebSocket is Atmosphere's copy, whose
	 * {@code isUserInRole} is always false. The security context is there in both (Vaadin
	 * keeps it in the session; {@link Async} applies answers as the user who asked), so
	 * this answers the same wherever it is asked.
	 */
	public static boolean mayOpen(AccessAnnotationChecker access, AuthenticationContext user, String route) {
		RouteConfiguration routes = RouteConfiguration.forApplicationScope();
		Principal principal = AuthenticationUtil.getSecurityHolderAuthentication();
		return routes.getRoute(route)
			.or(() -> routes.getRoute(route + "/any"))
			.map((view) -> access.hasAccess(view, principal, user::hasRole))
			.orElse(false);
	}

}
