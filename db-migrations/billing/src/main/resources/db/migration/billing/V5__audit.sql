-- The audit trail (issue 11): who changed an invoice or a customer account, what they did and when. One row per
-- change, inserted in the same transaction as the change itself (billing-core's AuditLog), so there is no change
-- without its entry and no entry without its change. Rows are only ever inserted, never updated or deleted.
--
-- One table for both entities: entity_type says which table entity_id names. No foreign key, because one
-- column cannot reference two tables, and because invoices and customers are never deleted the id always
-- resolves (the service answers 404 for an id that names neither before reading any trail).
-- action is an UPPER_SNAKE verb in the past tense (INVOICE: ISSUED, PAYMENT_RECORDED, VOIDED, MARKED_OVERDUE;
-- CUSTOMER: CREATED, UPDATED, SUSPENDED, REACTIVATED); actor is the token's subject, or billing-batch;
-- at is the instant the change stamped as the entity's updated_at; detail is one line a person reads.
create table billing_audit (
    id          bigint       generated always as identity primary key,
    entity_type varchar(16)  not null check (entity_type in ('INVOICE', 'CUSTOMER')),
    entity_id   uuid         not null,
    action      varchar(40)  not null check (action ~ '^[A-Z][A-Z_]*$'),
    actor       varchar(100) not null check (actor <> ''),
    at          timestamptz  not null,
    detail      varchar(500) not null default ''
);

-- An entity's trail, newest first: where entity_id = ? order by id desc limit ?.
create index billing_audit_entity_idx on billing_audit (entity_id, id);
