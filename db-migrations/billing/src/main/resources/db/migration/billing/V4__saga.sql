-- The durable placement saga (issue 12): cancelling an order voids "the invoice of order X", whether or not it was
-- issued yet. A voided order is remembered here, so an invoice the placement saga issues late for it is refused
-- (the reconciler or a slow request never bills a cancelled order).
create table voided_order (
    order_id   uuid         primary key,
    voided_at  timestamptz  not null,
    reason     varchar(500)
);
