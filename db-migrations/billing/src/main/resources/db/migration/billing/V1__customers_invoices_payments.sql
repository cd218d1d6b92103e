-- The billing database: customer accounts, the invoices issued to them (one per order), the payments
-- received against those invoices, and the idempotency records of creating requests.
-- Owned by the billing service (and its batch) alone; no other service reads or writes it.

create sequence invoice_number_seq start with 1 increment by 1;

create table customer (
    id                 uuid           primary key,
    name               varchar(200)   not null,
    email              varchar(254)   not null,
    currency           char(3)        not null,
    credit_limit       numeric(19, 2) not null check (credit_limit >= 0),
    payment_terms_days integer        not null check (payment_terms_days between 0 and 365),
    status             varchar(16)    not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null check (version >= 0)
);

create index customer_name_idx on customer (lower(name), id);

-- Status is what was last persisted: an OPEN invoice past its due date reads as OVERDUE at once (the service
-- derives it), and the billing batch persists OVERDUE later. paid_amount is the sum of the invoice's payments,
-- kept in the same transaction that inserts a payment, under a row lock on the invoice.
create table invoice (
    id          uuid           primary key,
    number      varchar(20)    not null unique,
    order_id    uuid           not null unique,
    customer_id uuid           not null references customer (id),
    status      varchar(16)    not null check (status in ('OPEN', 'OVERDUE', 'PAID', 'VOID')),
    currency    char(3)        not null,
    amount      numeric(19, 2) not null check (amount > 0),
    paid_amount numeric(19, 2) not null check (paid_amount >= 0 and paid_amount <= amount),
    issue_date  date           not null,
    due_date    date           not null check (due_date >= issue_date),
    void_reason varchar(500),
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null,
    version     bigint         not null check (version >= 0),
    check (status <> 'PAID' or paid_amount = amount),
    check (status = 'PAID' or paid_amount < amount),
    check (status <> 'VOID' or paid_amount = 0)
);

-- List filters (by customer, newest first) and the receivables/overdue scans over unpaid invoices.
create index invoice_customer_created_idx on invoice (customer_id, created_at desc);
create index invoice_created_idx on invoice (created_at desc);
create index invoice_unpaid_due_idx on invoice (due_date) where status in ('OPEN', 'OVERDUE');

create table payment (
    id          uuid           primary key,
    invoice_id  uuid           not null references invoice (id),
    amount      numeric(19, 2) not null check (amount > 0),
    currency    char(3)        not null,
    method      varchar(20)    not null check (method in ('BANK_TRANSFER', 'CARD', 'CASH', 'OTHER')),
    reference   varchar(100),
    received_at timestamptz    not null
);

create index payment_invoice_idx on payment (invoice_id, received_at);

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
