package com.example.archfixture.ui;

import com.example.shop.bff.order.OrdersBackend;
import com.example.shop.orders.api.OrderAction;

/**
 * A UI class that uses a backend's wire record and a BFF feature's backend port: what
 * {@code theUiSeesOnlyTheBffsFace} must catch. Outside {@code com.example.shop.ui}, so
 * the application never scans it.
 */
public class ReachesPastTheFace {

	OrderAction action;

	OrdersBackend orders;

}
