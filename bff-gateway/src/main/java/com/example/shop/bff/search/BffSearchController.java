package com.example.shop.bff.search;

import com.example.shop.bff.InputRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search")
record BffSearchController(SearchService search) {

	@GetMapping("/bff/v1/search")
	@Operation(summary = "Search orders, customers, invoices and products at once",
			description = "q is an order or invoice number (however typed: ORD-000241, ord-241, 241; or its start), "
					+ "words of a customer's name (which also find the customer's orders and invoices) or an e-mail, "
					+ "or a product's SKU or words of its name. "
					+ "A group per domain the caller may read, at most 5 hits each, best first; a domain whose "
					+ "backend did not answer is an unavailable part. A blank q asks nobody and has no groups.")
	Mono<SearchResults> search(@RequestParam(defaultValue = "") @Size(max = 100) @Pattern(regexp = InputRules.NAME,
			message = InputRules.TEXT_MESSAGE) String q) {
		return this.search.search(q);
	}

}
