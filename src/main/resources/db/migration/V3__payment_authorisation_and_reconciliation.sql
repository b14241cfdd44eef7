-- Authorise-then-capture, refunds resolved by hand, and claims that keep scheduled work to one node.

-- capture: false while the wallet only holds the money; captured_amount: what a capture took
alter table payment add column capture boolean default true not null;
alter table payment add column captured_amount bigint;
-- a node asks the wallet about a pending payment only after claiming it here
alter table payment add column checked_at timestamp;
-- who settled a refund by hand, and how (a bank transfer reference, a voucher)
alter table payment add column resolved_by varchar(100);
alter table payment add column resolution varchar(500);

create index payment_pending on payment (status, created_at);

-- a node redelivers a callback only after claiming it here
alter table callback_inbox add column next_attempt_at timestamp;
