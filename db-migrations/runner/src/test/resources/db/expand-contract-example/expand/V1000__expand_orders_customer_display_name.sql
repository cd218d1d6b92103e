-- Release n, expand: the new column next to the old one, nullable, filled from the old one. The running version
-- (which knows only customer_name) keeps inserting and reading; release n writes both and reads the old one.
alter table orders add column customer_display_name varchar(200);
update orders set customer_display_name = customer_name where customer_display_name is null;
