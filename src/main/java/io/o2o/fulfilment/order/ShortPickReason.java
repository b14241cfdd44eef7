package io.o2o.fulfilment.order;

/** Why a line could not be picked in full, as the picker says it on the pick form. */
public enum ShortPickReason {
    NOT_ON_SHELF("not on the shelf"), DAMAGED("damaged"), EXPIRED("expired"), OTHER("other reason"),
    /** reported through the engine API without a reason */
    NOT_GIVEN("no reason given");

    private final String description;

    ShortPickReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
