package com.example.shop.bff.order;

import java.util.UUID;

/**
 * What orders says about a placement the reconciler asked to abandon.
 *
 * @param placementId the placement (or reservation) id
 * @param abandoned true if no order holds it, nor ever will: its reservation may go back
 * @param orderId the order holding it, when not abandoned
 */
public record PlacementFence(String placementId, boolean abandoned, UUID orderId) {
}
