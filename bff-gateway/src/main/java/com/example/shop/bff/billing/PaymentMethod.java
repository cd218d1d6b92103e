package com.example.shop.bff.billing;

/** How a payment was made. */
public enum PaymentMethod {

	BANK_TRANSFER, CARD, CASH, OTHER

}
