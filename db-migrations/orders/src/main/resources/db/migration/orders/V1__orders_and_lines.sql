-- The orders database: orders, their lines, and the idempotency records of creating requests.
-- Owned by the orders domain: the orders service and its own batch (orders-batch) read and write it; no other
-- service or batch does.

create sequence order_number_seq start with 1 increment by 1;

create table orders (
    id                  uuid          primary key,
    number              varchar(20)   not null unique,
    placement_id        varchar(100)  not null unique,
    customer_id         uuid          not null,
    customer_name       varchar(200)  not null,
    status              varchar(16)   not null
        check (status in ('PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    currency            char(3)       not null,
    total_amount        numeric(19, 2) not null check (total_amount >= 0),
    cancellation_reason varchar(500),
    placed_at           timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null check (version >= 0)
);

-- List filters: by customer, by status, by date range, each newest first.
create index orders_customer_placed_idx on orders (customer_id, placed_at desc);
create index orders_status_placed_idx on orders (status, placed_at desc);
create index orders_placed_idx on orders (placed_at desc);

create table order_line (
    order_id     uuid           not null references orders (id) on delete cascade,
    line_no      integer        not null check (line_no > 0),
    sku          varchar(40)    not null,
    product_name varchar(200)   not null,
    unit_price   numeric(19, 2) not null check (unit_price >= 0),
    quantity     integer        not null check (quantity > 0),
    line_total   numeric(19, 2) not null check (line_total >= 0),
    primary key (order_id, line_no),
    unique (order_id, sku)
);

-- One row per creating request that succeeded: a replay returns the stored response.
create table idempotency_record (
    scope         varchar(40)  not null,
    key           varchar(100) not null,
    request_hash  char(64)     not null,
    response_body text         not null,
    created_at    timestamptz  not null,
    primary key (scope, key)
);

create index idempotency_record_created_idx on idempotency_record (created_at);
