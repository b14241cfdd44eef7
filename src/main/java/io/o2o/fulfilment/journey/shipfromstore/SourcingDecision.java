package io.o2o.fulfilment.journey.shipfromstore;

import java.util.Map;

/**
 * The business's table that rates one candidate store for the lines of an order still to source:
 * {@code processes/sourcing.dmn}, decision {@value #KEY}, edited in Camunda Modeler.
 */
public interface SourcingDecision {

    /** The decision's key, its id in {@code processes/sourcing.dmn}. */
    String KEY = "sourcing";

    Rating rate(Facts facts);

    /**
     * The table's inputs, by the names its input expressions read.
     *
     * @param coversAllLines the store has every line still to source, in full
     * @param coveredShare units it can supply / units still wanted, 0 to 1
     * @param distanceKm from the customer's district to the store, to 0.1 km
     * @param withinServiceArea {@code distanceKm} is at most the store's service radius
     * @param capacityLeft its daily ship capacity less its open ship-from-store shipments today, at least 0
     */
    record Facts(boolean coversAllLines, double coveredShare, double distanceKm, boolean withinServiceArea,
            int capacityLeft) {

        Map<String, Object> variables() {
            return Map.of("coversAllLines", coversAllLines, "coveredShare", coveredShare, "distanceKm", distanceKm,
                    "withinServiceArea", withinServiceArea, "capacityLeft", capacityLeft);
        }
    }

    /**
     * The table's outputs: whether the store may ship, its tier (1 best; null when not eligible) and the
     * reason shown on the order's timeline.
     */
    record Rating(boolean eligible, Integer tier, String reason) {

        /** A rating from the table's output entries; no rule matching is a store that may not ship. */
        static Rating of(Map<String, Object> outputs) {
            if (outputs == null) {
                return new Rating(false, null, "No sourcing rule matched");
            }
            Rating rating = new Rating(Boolean.TRUE.equals(outputs.get("eligible")), (Integer) outputs.get("tier"),
                    (String) outputs.get("reason"));
            if (rating.eligible() && rating.tier() == null) {
                throw new IllegalStateException("The sourcing table (decision '" + KEY + "') made a store eligible without"
                        + " a tier: give every eligible rule a tier (" + outputs + ")");
            }
            return rating;
        }
    }
}
