-- Where a product sits on the sales floor (the same layout in every store), shown to pickers.
alter table product add column aisle varchar(40);
