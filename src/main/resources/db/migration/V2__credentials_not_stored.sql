-- Order access tokens and pickup codes are credentials, so a copy of this table must not hand them
-- out: a token is kept as its SHA-256 (hex), a pickup code not at all but as the generation it is
-- derived from with the key in o2o.pickup-code.key. Tokens issued before this migration cannot be
-- hashed portably here and stop working (staff and ops still reach those orders); an order waiting at
-- the counter gets a new code once its old one is refused.
alter table customer_order add column access_token_hash varchar(64);
alter table customer_order add column pickup_code_generation integer default 0 not null;
alter table customer_order drop column access_token;
alter table customer_order drop column pickup_code;
