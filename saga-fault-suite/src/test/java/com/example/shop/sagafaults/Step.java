package com.example.shop.sagafaults;

import java.util.Arrays;
import java.util.List;

/**
 * The step boundaries of placing and cancelling an order (the BFF's {@code SagaGate}
 * steps), each with the backend its call goes to and a short label for the table.
 */
enum Step {

	RESERVE(Backend.CATALOG, "reserve", true), CHECK_CREDIT(Backend.BILLING, "credit", true),
	COMMIT(Backend.CATALOG, "commit", true), CREATE_ORDER(Backend.ORDERS, "create", true),
	CONFIRM_STOCK(Backend.CATALOG, "confirm", true), ISSUE_INVOICE(Backend.BILLING, "invoice", true),
	RECORD_PROGRESS(Backend.ORDERS, "record", true), MARK_CANCELLING(Backend.ORDERS, "cancelling", false),
	VOID_INVOICE(Backend.BILLING, "void", false), COMPLETE_CANCELLATION(Backend.ORDERS, "cancelled", false),
	RELEASE_STOCK(Backend.CATALOG, "release", false), RECORD_CANCELLATION(Backend.ORDERS, "record-c", false);

	final Backend backend;

	final String label;

	final boolean placing;

	Step(Backend backend, String label, boolean placing) {
		this.backend = backend;
		this.label = label;
		this.placing = placing;
	}

	static List<Step> placing() {
		return Arrays.stream(values()).filter((step) -> step.placing).toList();
	}

	static List<Step> cancelling() {
		return Arrays.stream(values()).filter((step) -> !step.placing).toList();
	}

	/** Which backend a step calls. */
	enum Backend {

		ORDERS, BILLING, CATALOG

	}

}
