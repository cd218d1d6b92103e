-- Release n+2, contract: once no running version reads or writes customer_name (release n+1 reads the new column),
-- the old column goes and the new one becomes required.
update orders set customer_display_name = customer_name where customer_display_name is null;
alter table orders alter column customer_display_name set not null;
alter table orders drop column customer_name;
