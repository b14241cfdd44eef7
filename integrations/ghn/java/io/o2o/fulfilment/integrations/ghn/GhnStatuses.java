package io.o2o.fulfilment.integrations.ghn;

import io.o2o.fulfilment.port.ParcelState;
import java.util.Map;
import java.util.Set;

/**
 * GHN's order statuses in the processes' words: the one place where they are mapped (the table is
 * in the adapter's README). {@code exception} (an order GHN's own process lost track of) and any
 * status GHN adds later map to nothing: the application cannot act on them, so a webhook with one is
 * logged and not handed over, and tracking answers the status with no state.
 */
final class GhnStatuses {

    private static final Map<String, ParcelState> STATES = Map.ofEntries(
            Map.entry("ready_to_pick", ParcelState.BOOKED),
            Map.entry("picking", ParcelState.BOOKED),
            Map.entry("money_collect_picking", ParcelState.BOOKED),
            Map.entry("picked", ParcelState.PICKED_UP),
            Map.entry("storing", ParcelState.IN_TRANSIT),
            Map.entry("transporting", ParcelState.IN_TRANSIT),
            Map.entry("sorting", ParcelState.IN_TRANSIT),
            Map.entry("delivering", ParcelState.OUT_FOR_DELIVERY),
            Map.entry("money_collect_delivering", ParcelState.OUT_FOR_DELIVERY),
            Map.entry("delivered", ParcelState.DELIVERED),
            Map.entry("delivery_fail", ParcelState.DELIVERY_FAILED),
            Map.entry("waiting_to_return", ParcelState.RETURNING),
            Map.entry("return", ParcelState.RETURNING),
            Map.entry("return_transporting", ParcelState.RETURNING),
            Map.entry("return_sorting", ParcelState.RETURNING),
            Map.entry("returning", ParcelState.RETURNING),
            Map.entry("return_fail", ParcelState.RETURNING),
            Map.entry("returned", ParcelState.RETURNED),
            Map.entry("cancel", ParcelState.CANCELLED),
            Map.entry("lost", ParcelState.LOST),
            Map.entry("damage", ParcelState.DAMAGED));

    static final String DELIVERED = "delivered";

    /** A cancel asked again finds the order here: done already. */
    static final Set<String> CANCELLED = Set.of("cancel");

    /** A return asked again finds the order on its way back or back: done already. */
    static final Set<String> RETURNING = Set.of("waiting_to_return", "return", "return_transporting",
            "return_sorting", "returning", "return_fail", "returned");

    private GhnStatuses() {
    }

    /** The state a GHN status means, or null for {@code exception} and statuses not known here. */
    static ParcelState state(String ghnStatus) {
        return ghnStatus == null ? null : STATES.get(ghnStatus);
    }
}
