-- The demo stores' floor layout: one aisle per category.
update product set aisle = 'A1' where category = 'APPAREL';
update product set aisle = 'A2' where category = 'FOOTWEAR';
update product set aisle = 'B1' where category = 'ACCESSORIES';
update product set aisle = 'C1' where category = 'HOME';
update product set aisle = 'D1' where category = 'ELECTRONICS';
update product set aisle = 'E1' where category = 'GROCERY';
update product set aisle = 'F1' where category = 'BEAUTY';
