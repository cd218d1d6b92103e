package com.example.shop.e2e.backends;

/**
 * Where the backends answer, for the checks a journey makes behind the UI's back.
 *
 * @param ordersUrl orders' REST base URL
 * @param billingUrl billing's REST base URL
 * @param catalogGrpcTarget catalog's gRPC target ({@code host:port})
 */
public record Endpoints(String ordersUrl, String billingUrl, String catalogGrpcTarget) {

}
