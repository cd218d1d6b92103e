package com.example.shop.fuzz;

/** The four APIs the suite attacks, each from its committed contract. */
enum Api {

	ORDERS, BILLING, CATALOG, BFF

}
