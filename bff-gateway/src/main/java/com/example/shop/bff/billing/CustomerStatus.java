package com.example.shop.bff.billing;

/** Whether a customer may order on credit. */
public enum CustomerStatus {

	ACTIVE, SUSPENDED

}
