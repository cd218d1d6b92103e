-- The audit trail (issue 11): who made each change to an order that matters, and when. One row per change,
-- written in the same transaction as the change by orders-core (OrderService, OrderSagaService), so there is no
-- change without its entry and no entry without its change. Admins read it newest first
-- (GET /api/v1/orders/{id}/audit).
--
-- actor: the access token's subject (the person; ui-app for the BFF's own work), or the batch application's name.
-- at: the instant the change stamped as the order's updated_at. detail: one line a person reads, at most 500
-- characters (orders-core cuts longer text with an ellipsis). Rows are only ever inserted.
--
-- order_id references the order: the database itself refuses an entry without its order. Orders are never
-- deleted; if one were, its history would go with it (as its lines do), and tests empty the tables with
-- "truncate ... cascade" anyway.

create table order_audit (
    id       bigint        generated always as identity primary key,
    order_id uuid          not null references orders (id) on delete cascade,
    action   varchar(40)   not null check (action ~ '^[A-Z][A-Z_]*$'),
    actor    varchar(100)  not null check (actor <> ''),
    at       timestamptz   not null,
    detail   varchar(500)  not null default ''
);

-- An order's trail, newest first: the highest ids of one order.
create index order_audit_order_idx on order_audit (order_id, id);
