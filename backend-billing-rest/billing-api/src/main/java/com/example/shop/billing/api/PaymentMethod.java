package com.example.shop.billing.api;

/** How a payment was received. */
public enum PaymentMethod {

	BANK_TRANSFER, CARD, CASH, OTHER

}
