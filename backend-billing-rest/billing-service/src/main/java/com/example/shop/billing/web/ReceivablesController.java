package com.example.shop.billing.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import com.example.shop.billing.Amounts;
import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.CreditCheck;
import com.example.shop.billing.api.CreditDecision;
import com.example.shop.billing.api.CustomerBalance;
import com.example.shop.billing.api.ReceivablesSummary;
import com.example.shop.billing.receivables.Ageing;
import com.example.shop.billing.receivables.Balance;
import com.example.shop.billing.receivables.ReceivablesService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "receivables")
record ReceivablesController(ReceivablesService receivables) {

	@GetMapping(BillingApi.CUSTOMERS_PATH + "/{id}/balance")
	@Operation(summary = "A customer's balance today",
			description = "Open (not yet due) and overdue amounts still unpaid, and the credit left: "
					+ "max(0, creditLimit - open - overdue). An open invoice past its due date counts as overdue at once.")
	CustomerBalance balance(@PathVariable UUID id) {
		return toApi(this.receivables.balance(id));
	}

	@GetMapping(BillingApi.CUSTOMERS_PATH + "/balances")
	@Operation(summary = "Get many customers' balances",
			description = "Repeat id for each customer (at most 100): the balance of each as GET "
					+ "/customers/{id}/balance answers it, all as of one snapshot. The answer keeps the order asked, "
					+ "each customer once; unknown ids are left out. For a list that shows a page of customers with "
					+ "what they owe, in one call.")
	List<CustomerBalance> balances(@RequestParam("id") @Size(max = BillingApi.MAX_LOOKUP_IDS) List<UUID> id) {
		return this.receivables.balances(id).stream().map(ReceivablesController::toApi).toList();
	}

	@GetMapping(BillingApi.CUSTOMERS_PATH + "/{id}/credit-check")
	@Operation(summary = "Would this amount fit within the customer's credit?",
			description = "Asked before an order is placed; it reserves nothing. Approved when the customer is ACTIVE "
					+ "and the amount is at most the available credit.")
	CreditCheck creditCheck(@PathVariable UUID id,
			@Parameter(description = "A decimal such as 1250.00") @RequestParam @Size(max = 18) String amount,
			@Parameter(description = "The business currency; the only one accepted") @RequestParam(
					required = false) @Size(max = 3) String currency) {
		Currency business = this.receivables.currency();
		BigDecimal requested = Amounts.parse(amount, "amount",
				(currency != null) ? currency : business.getCurrencyCode(), "currency", business);
		ReceivablesService.CreditCheck check = this.receivables.creditCheck(id, requested);
		CustomerBalance balance = toApi(check.balance());
		return new CreditCheck(id, Amounts.toApi(check.requested(), business), balance.availableCredit(),
				check.decision() == CreditDecision.APPROVED, check.decision());
	}

	@GetMapping(BillingApi.RECEIVABLES_PATH + "/summary")
	@Operation(summary = "Receivables for the dashboard",
			description = "Invoiced, open, overdue, outstanding and paid amounts and invoices per status today, and "
					+ "the unpaid amounts by ageing bucket (current, 1-30, 31-60, 61-90, over 90 days past due). "
					+ "Everyone's, or with customerId one customer's (404 for an unknown customer): the ageing a "
					+ "customer statement shows.")
	ReceivablesSummary summary(@Parameter(description = "Only this customer's invoices and payments") @RequestParam(
			required = false) UUID customerId) {
		ReceivablesService.Summary summary = this.receivables.summary(customerId);
		Currency currency = this.receivables.currency();
		return new ReceivablesSummary(summary.asOf(), summary.zone().getId(),
				Amounts.toApi(summary.invoiced(), currency), Amounts.toApi(summary.open(), currency),
				Amounts.toApi(summary.overdue(), currency), Amounts.toApi(summary.outstanding(), currency),
				Amounts.toApi(summary.paid(), currency), summary.invoicesByStatus(),
				summary.ageing()
					.entrySet()
					.stream()
					.map((e) -> new ReceivablesSummary.Bucket(e.getKey(), Ageing.fromDays(e.getKey()),
							Ageing.toDays(e.getKey()), e.getValue().invoices(),
							Amounts.toApi(e.getValue().outstanding(), currency)))
					.toList());
	}

	private static CustomerBalance toApi(ReceivablesService.CustomerBalance customerBalance) {
		Currency currency = customerBalance.customer().currency();
		Balance balance = customerBalance.balance();
		return new CustomerBalance(customerBalance.customer().id(), customerBalance.asOf(),
				Amounts.toApi(balance.creditLimit(), currency), Amounts.toApi(balance.open(), currency),
				Amounts.toApi(balance.overdue(), currency), Amounts.toApi(balance.outstanding(), currency),
				Amounts.toApi(balance.availableCredit(), currency), balance.openInvoices(), balance.overdueInvoices());
	}

}
