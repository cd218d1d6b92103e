package com.example.shop.bff.billing;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.example.shop.bff.Part;
import com.example.shop.bff.customer.CustomerList;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoice list as billing people find invoices: each invoice with its customer's name
 * (billing) and its order's number (orders), a search by customer name, invoice number or
 * order number, and the customer list with each customer's balance; a backend that is
 * down costs only its part. As an admin, who may both place the orders a test needs and
 * read what billing reads.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class InvoiceListIT extends BffIntegrationTest {

	@Autowired
	BillingDeskService desk;

	@Autowired
	CustomerService customers;

	@LocalServerPort
	int port;

	@Test
	void eachInvoiceComesWithItsCustomersNameAndItsOrdersNumber() {
		Placement.Placed placed = placeOne(2);

		InvoiceList list = this.desk.invoiceList(ofCustomer(placed)).block();

		assertThat(list.items()).extracting(Invoice::id).containsExactly(placed.invoice().id());
		Invoice invoice = list.items().getFirst();
		assertThat(list.customerName(invoice)).hasValue(placed.order().customerName());
		assertThat(list.orderNumber(invoice)).hasValue(placed.order().number());
		assertThat(list.customerNames()).isInstanceOf(Part.Available.class);
		assertThat(list.orderNumbers()).isInstanceOf(Part.Available.class);
	}

	@Test
	void searchFindsByWordsOfTheCustomersNameByInvoiceNumberAndByOrderNumber() {
		Placement.Placed placed = placeOne(1);
		Placement.Placed other = placeOne(1);
		// "Test Customer 12 1a2b3c4d": the last word is this customer's alone.
		String[] words = placed.order().customerName().split(" ");
		String unique = words[words.length - 1];

		assertThat(search(unique.toUpperCase() + " customer")).as("every word, any order, any case")
			.containsExactly(placed.invoice().id());
		assertThat(search(placed.invoice().number())).as("the invoice number").containsExactly(placed.invoice().id());
		assertThat(search(other.order().number().toLowerCase())).as("the order number, any case")
			.containsExactly(other.invoice().id());
		assertThat(search("ORD-999999999")).as("an order number nobody has").isEmpty();
		assertThat(search(unique + " nobody")).as("every word, not any").isEmpty();
	}

	@Test
	void ordersDownStillListsTheInvoicesWithTheOrderNumbersUnavailable() {
		Placement.Placed placed = placeOne(1);
		this.backends.orders.refuse();

		InvoiceList list = this.desk.invoiceList(ofCustomer(placed)).block();

		assertThat(list.items()).extracting(Invoice::id).containsExactly(placed.invoice().id());
		assertThat(list.orderNumbers()).isInstanceOfSatisfying(Part.Unavailable.class,
				(missing) -> assertThat(missing.backend()).isEqualTo("orders"));
		assertThat(list.orderNumber(list.items().getFirst())).isEmpty();
		assertThat(list.customerName(list.items().getFirst())).as("billing's part is there")
			.hasValue(placed.order().customerName());
	}

	@Test
	void theInvoiceDetailNamesItsOrderAndKeepsTheRestWhenOrdersIsDown() {
		Placement.Placed placed = placeOne(1);

		InvoiceDetail detail = this.desk.invoice(placed.invoice().id()).block();
		this.backends.orders.refuse();
		InvoiceDetail withoutOrders = this.desk.invoice(placed.invoice().id()).block();

		assertThat(detail.orderNumber()).isEqualTo(Part.available(placed.order().number()));
		assertThat(withoutOrders.orderNumber()).isInstanceOf(Part.Unavailable.class);
		assertThat(withoutOrders.customer()).isInstanceOf(Part.Available.class);
		assertThat(withoutOrders.payments()).isInstanceOf(Part.Available.class);
	}

	@Test
	void theJsonListCarriesTheSearchTheNamesAndTheNumbers() {
		Placement.Placed placed = placeOne(1);
		LoopbackHttp http = new LoopbackHttp(this.port);

		var response = http.get("/bff/v1/invoices?q=" + placed.order().number(), "Authorization",
				"Bearer " + Caller.SALES.token());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode list = response.json();
		String invoiceId = placed.invoice().id().toString();
		assertThat(list.path("items").findValuesAsString("id")).containsExactly(invoiceId);
		assertThat(list.path("total").asLong()).isEqualTo(1);
		assertThat(list.path("customerNames").path("state").asString()).isEqualTo("available");
		assertThat(list.path("customerNames").path("value").path(placed.order().customerId().toString()).asString())
			.isEqualTo(placed.order().customerName());
		assertThat(list.path("orderNumbers").path("value").path(placed.order().id().toString()).asString())
			.isEqualTo(placed.order().number());
	}

	@Test
	void theCustomerListCarriesEachCustomersBalanceFromOneCall() {
		Placement.Placed placed = placeOne(3);
		String name = placed.order().customerName();

		CustomerList list = this.customers.customerList(name, List.of(), 0, 50, List.of()).block();

		assertThat(list.items()).hasSize(1);
		assertThat(list.balances()).isInstanceOf(Part.Available.class);
		assertThat(list.outstanding(list.items().getFirst()))
			.hasValueSatisfying((owed) -> assertThat(owed.amount()).isEqualTo("300.00"));
	}

	@Test
	void theJsonCustomerListCarriesTheBalances() {
		Placement.Placed placed = placeOne(1);
		LoopbackHttp http = new LoopbackHttp(this.port);

		var response = http.get("/bff/v1/customers?q=" + placed.order().customerName().replace(" ", "%20"),
				"Authorization", "Bearer " + Caller.SALES.token());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode balance = response.json().path("balances").path("value").path(placed.order().customerId().toString());
		assertThat(balance.path("outstanding").path("amount").asString()).isEqualTo("100.00");
	}

	private List<UUID> search(String q) {
		return this.desk.invoiceList(new InvoiceQuery(List.of(), null, List.of(), 0, 50, List.of(), q))
			.block()
			.items()
			.stream()
			.map(Invoice::id)
			.toList();
	}

	private static InvoiceQuery ofCustomer(Placement.Placed placed) {
		return new InvoiceQuery(List.of(), placed.order().customerId(), List.of(), 0, 50, List.of());
	}

}
