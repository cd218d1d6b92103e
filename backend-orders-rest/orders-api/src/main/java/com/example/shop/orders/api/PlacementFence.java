package com.example.shop.orders.api;

import java.util.UUID;

/**
 * What became of a placement id that a reconciler asked to abandon ({@code POST
 * /api/v1/saga/placements/{placementId}/abandon}): either an order holds it (then nothing
 * changed), or no order can ever be created for it from now on, so its reservation may be
 * released.
 *
 * @param placementId the placement id (or a reservation id a repair made)
 * @param abandoned true if no order holds it and none will
 * @param orderId the order that holds it, when not abandoned
 */
public record PlacementFence(String placementId, boolean abandoned, UUID orderId) {
}
