-- Ship-from-store: where stores are and how much they ship, where the customer lives, and the
-- parcels an order travels in.

-- a store's district (for distance and for the carrier's pickup address), how far it delivers and
-- how many ship-from-store orders it takes a day
alter table store add column district varchar(100);
alter table store add column phone varchar(32);
alter table store add column service_radius_km integer default 0 not null;
alter table store add column daily_ship_capacity integer default 0 not null;

-- districts the storefront offers, with the point distances are measured from
create table district (
    city      varchar(100) not null,
    name      varchar(100) not null,
    latitude  numeric(9, 6) not null,
    longitude numeric(9, 6) not null,
    primary key (city, name)
);

-- a ship-from-store order has no store until sourcing chooses one (or several)
alter table customer_order alter column store_id drop not null;
alter table customer_order add column delivery_name varchar(200);
alter table customer_order add column delivery_phone varchar(32);
alter table customer_order add column delivery_street varchar(300);
alter table customer_order add column delivery_ward varchar(100);
alter table customer_order add column delivery_district varchar(100);
alter table customer_order add column delivery_city varchar(100);

-- One parcel: the lines one store ships, its booking with the carrier and what the carrier reported.
create table shipment (
    shipment_id          varchar(40)  primary key,
    order_number         varchar(32)  not null references customer_order (order_number),
    store_id             varchar(32)  not null references store (id),
    status               varchar(32)  not null,
    reservation_id       varchar(100),
    weight_grams         integer,
    length_cm            integer,
    width_cm             integer,
    height_cm            integer,
    -- the key the parcel is booked with, kept before the carrier is asked, so a booking that got
    -- through while its job failed can be found again
    booking_key          varchar(50),
    carrier              varchar(32),
    carrier_order_code   varchar(64),
    sort_code            varchar(64),
    parcel_state         varchar(32),
    carrier_status       varchar(32),
    carrier_status_at    timestamp,
    delivery_fee         bigint,
    expected_delivery_at timestamp,
    cod_amount           bigint       not null default 0,
    cod_collected        bigint,
    delivery_attempts    integer      not null default 0,
    -- why the carrier's last attempt failed, in its words
    last_failure_reason  varchar(300),
    recall_requested     boolean      not null default false,
    -- a returned parcel received at its store, and the claim opened with the carrier for a lost one
    return_received      boolean      not null default false,
    claim_reference      varchar(100),
    created_at           timestamp    not null,
    updated_at           timestamp    not null
);

create index shipment_order on shipment (order_number);
create unique index shipment_carrier_order on shipment (carrier, carrier_order_code);
create index shipment_store_status on shipment (store_id, status);

create table shipment_line (
    shipment_id     varchar(40) not null references shipment (shipment_id),
    sku             varchar(64) not null references product (sku),
    quantity        integer     not null check (quantity > 0),
    picked_quantity integer,
    primary key (shipment_id, sku)
);
