package io.o2o.fulfilment.simulator.ghn;

import static io.o2o.fulfilment.simulator.ghn.GhnStatuses.CANCEL;
import static io.o2o.fulfilment.simulator.ghn.GhnStatuses.DELIVERING;
import static io.o2o.fulfilment.simulator.ghn.GhnStatuses.DELIVERY_FAIL;
import static io.o2o.fulfilment.simulator.ghn.GhnStatuses.TO_CUSTOMER;
import static io.o2o.fulfilment.simulator.ghn.GhnStatuses.TO_SHOP;

import io.o2o.fulfilment.simulator.SimulatorException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statuses a parcel passes on its way from where it is to where the operator sends it
 * ({@code POST /sim/ghn/orders/{orderCode}/advance}); a move GHN would never make is refused with
 * 409. Statuses off the usual ways ({@code lost}, {@code sorting}, ...) are set one by one instead.
 */
final class ParcelMoves {

    private ParcelMoves() {
    }

    static List<String> steps(String current, String to) {
        if (!GhnStatuses.known(to)) {
            throw SimulatorException.unprocessable("GHN has no status '" + to + "'");
        }
        if (GhnStatuses.FINAL.contains(current)) {
            throw impossible("the order is " + current + ": nothing follows");
        }
        if (to.equals(current) && !to.equals(DELIVERY_FAIL)) {
            return List.of();
        }
        String at = GhnStatuses.placeOf(current);
        if (to.equals(CANCEL)) {
            if (GhnStatuses.CANCELLABLE.contains(current)) {
                return List.of(CANCEL);
            }
            throw impossible("the order is " + current + ": only an order not yet picked up is cancelled");
        }
        if (to.equals(DELIVERY_FAIL)) {
            List<String> attempt = new ArrayList<>(at.equals(DELIVERING) ? List.of() : toCustomer(at, DELIVERING));
            attempt.add(DELIVERY_FAIL);
            return attempt;
        }
        if (TO_CUSTOMER.contains(to)) {
            return toCustomer(at, to);
        }
        if (TO_SHOP.contains(to)) {
            return toShop(current, at, to);
        }
        throw impossible("'" + to + "' is on no usual way of a parcel: set it with"
                + " POST /sim/ghn/orders/{orderCode}/status");
    }

    /** Along the way to the customer; after a failed delivery the next status is a new attempt. */
    private static List<String> toCustomer(String at, String to) {
        int from = at.equals(DELIVERY_FAIL) ? TO_CUSTOMER.indexOf(DELIVERING) - 1 : TO_CUSTOMER.indexOf(at);
        if (from < 0) {
            throw impossible("the order is on its way back to the shop (" + at + "): it is not delivered any more");
        }
        int target = TO_CUSTOMER.indexOf(to);
        if (target <= from) {
            throw impossible("the order is past " + to + " already");
        }
        return TO_CUSTOMER.subList(from + 1, target + 1);
    }

    /** Along the way back, which starts once the courier has the parcel. */
    private static List<String> toShop(String current, String at, String to) {
        int target = TO_SHOP.indexOf(to);
        int from = TO_SHOP.indexOf(at);
        if (from >= 0) {
            if (target <= from) {
                throw impossible("the order is past " + to + " already");
            }
            return TO_SHOP.subList(from + 1, target + 1);
        }
        if (GhnStatuses.RETURNABLE.contains(current)) {
            return TO_SHOP.subList(0, target + 1);
        }
        throw impossible("the order is " + current + ": the courier does not have it yet, cancel it instead");
    }

    private static SimulatorException impossible(String detail) {
        return SimulatorException.conflict(detail);
    }
}
