-- What an audited change changed, as data (issue 15): a JSON array of {field, kind, before, after, currency, unit}
-- (service-support's AuditChange), written with the entry by orders-core's OrderAudit, so a client shows the
-- change in its user's language (the detail stays the English line for logs and old clients). Null for the
-- entries recorded before this migration: clients show their detail. An array, never another JSON value.
alter table order_audit
    add column changes jsonb check (changes is null or jsonb_typeof(changes) = 'array');
