package com.example.shop.billing.api;

/**
 * Whether a customer may buy on credit: a suspended customer fails every credit check.
 */
public enum CustomerStatus {

	ACTIVE, SUSPENDED

}
