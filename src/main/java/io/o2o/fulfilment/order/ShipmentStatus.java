package io.o2o.fulfilment.order;

import java.util.EnumSet;
import java.util.Set;

/** Where one parcel of a ship-from-store order stands, and where it may go next. */
public enum ShipmentStatus {
    SOURCED("Store chosen"),
    RESERVED("Stock held in the store"),
    PICKED("Picked"),
    PACKED("Packed"),
    BOOKED("Booked with the carrier"),
    SHIPPED("With the carrier"),
    DELIVERED("Delivered"),
    RETURNING("On its way back to the store"),
    RETURNED("Back in the store"),
    LOST("Lost or damaged by the carrier"),
    NOT_SHIPPED("Not shipped"),
    CANCELLED("Cancelled");

    private final String description;

    ShipmentStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Nothing more happens to the parcel. */
    public boolean terminal() {
        return next(this).isEmpty();
    }

    /** The goods left the store with the courier. */
    public boolean leftTheStore() {
        return this == SHIPPED || this == RETURNING || this == DELIVERED || this == LOST;
    }

    public boolean canMoveTo(ShipmentStatus next) {
        return next(this).contains(next);
    }

    private static Set<ShipmentStatus> next(ShipmentStatus status) {
        return switch (status) {
            case SOURCED -> EnumSet.of(RESERVED, NOT_SHIPPED, CANCELLED);
            case RESERVED -> EnumSet.of(PICKED, NOT_SHIPPED, CANCELLED);
            case PICKED -> EnumSet.of(PACKED, CANCELLED);
            case PACKED -> EnumSet.of(BOOKED, NOT_SHIPPED, CANCELLED);
            case BOOKED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED, RETURNING, RETURNED, LOST);
            // a parcel on its way back may still be delivered
            case RETURNING -> EnumSet.of(RETURNED, DELIVERED, LOST);
            case DELIVERED, RETURNED, LOST, NOT_SHIPPED, CANCELLED -> EnumSet.noneOf(ShipmentStatus.class);
        };
    }
}
