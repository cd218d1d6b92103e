package com.example.shop.bff.customer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.bff.Money;
import com.example.shop.bff.Part;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;

/**
 * A page of customers with what each owes today. The balances come from a second call,
 * for the whole page at once; when it fails the customers are there all the same.
 *
 * @param items the customers on the page
 * @param page which page, from 0
 * @param size the page size asked for
 * @param total how many match in all
 * @param balances each customer's balance on the page, by customer id
 */
public record CustomerList(List<Customer> items, int page, int size, long total,
		Part<Map<UUID, CustomerBalance>> balances) {

	/** What the customer owes (open and overdue), or empty when billing could not say. */
	public Optional<Money> outstanding(Customer customer) {
		return Optional.ofNullable(this.balances.orElse(Map.of()).get(customer.id())).map(CustomerBalance::outstanding);
	}

}
