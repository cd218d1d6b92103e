-- The durable placement saga (issue 12): saga progress lives with the order, a lease per order lets reconcilers
-- (several replicas of ui-app) share the work without a database of their own, cancelling passes through
-- CANCELLING (which blocks shipping), and an abandoned placement id can never create an order afterwards.

alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check
    check (status in ('PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'CANCELLING'));

-- Orders that exist before this migration were placed by the saga as it was then: their steps count as done.
alter table orders
    add column reservation_id   varchar(100),
    add column stock_step       varchar(16)  not null default 'CONFIRMED'
        check (stock_step in ('PENDING', 'CONFIRMED', 'RELEASED')),
    add column invoice_step     varchar(16)  not null default 'ISSUED'
        check (invoice_step in ('PENDING', 'ISSUED', 'VOIDED')),
    add column invoice_id       uuid,
    add column cancel_from      varchar(16)
        check (cancel_from in ('PLACED', 'CONFIRMED')),
    add column attention        varchar(500),
    add column saga_pending     boolean      not null default false,
    add column saga_attempts    integer      not null default 0 check (saga_attempts >= 0),
    add column saga_updated_at  timestamptz,
    add column saga_lease_owner varchar(100),
    add column saga_lease_until timestamptz;

update orders set reservation_id = placement_id, saga_updated_at = updated_at;
update orders set stock_step = 'RELEASED', invoice_step = 'VOIDED' where status = 'CANCELLED';

-- Expand only (k8s/README.md, "Migrations: expand, then contract"): the previous version keeps placing orders
-- while this migration's version rolls out, and it knows none of these columns. So they stay nullable and keep
-- their defaults here: an order it inserts meanwhile reads as placed by the saga with its steps done, its
-- reservation id its placement id and its saga progress its last change (OrderRepository reads it so). The next
-- release's contract step backfills those rows and sets reservation_id and saga_updated_at NOT NULL.

-- A reservation a repair made belongs to its order as much as the placement id does.
create unique index orders_reservation_idx on orders (reservation_id);

-- The reconcilers' question: unfinished sagas whose lease is free, oldest progress first.
create index orders_saga_pending_idx on orders (saga_updated_at) where saga_pending;

-- Placement ids the reconciler gave up on (their reservation released): orders refuses to create an order for them.
create table abandoned_placement (
    placement_id varchar(100) primary key,
    abandoned_at timestamptz  not null
);
