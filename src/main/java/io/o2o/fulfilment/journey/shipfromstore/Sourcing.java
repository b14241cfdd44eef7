package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.journey.shipfromstore.SourcingDecision.Facts;
import io.o2o.fulfilment.journey.shipfromstore.SourcingDecision.Rating;
import io.o2o.fulfilment.port.StockAvailability;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.store.GeoPoint;
import io.o2o.fulfilment.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Chooses the stores that ship a ship-from-store order. The business's table ({@link SourcingDecision},
 * processes/sourcing.dmn) rates each candidate for the lines still to source; then, round by round, the
 * eligible store that can supply the most of what is left ships what it has (a line may be split across
 * stores by quantity). A store that has everything therefore ships it all, the best tier first. With
 * {@link SplitPolicy#CANCEL_MISSING} there is only one round.
 */
@Component
public class Sourcing {

    /** Ties between stores rated alike: the nearer first, then the one with more capacity left, then by store id. */
    static final Comparator<Option> TIE_BREAK = Comparator.comparingDouble(Option::distanceKm)
            .thenComparing(Comparator.comparingInt(Option::capacityLeft).reversed())
            .thenComparing(Option::storeId);
    /** Most units of what is left (the share the table sees), then the better tier, then the tie break. */
    private static final Comparator<Option> BEST = Comparator.comparingInt(Option::units).reversed()
            .thenComparing(option -> option.rating().tier())
            .thenComparing(TIE_BREAK);

    private final SourcingDecision decision;

    public Sourcing(SourcingDecision decision) {
        this.decision = decision;
    }

    public SourcingPlan plan(List<StockLine> wanted, GeoPoint customer, List<Candidate> candidates,
            StockAvailability stock, SplitPolicy policy) {
        Map<String, Integer> left = new LinkedHashMap<>();
        wanted.stream().filter(line -> line.quantity() > 0).forEach(line -> left.merge(line.sku(), line.quantity(), Integer::sum));
        Map<String, StockAvailability.StoreStock> shelves = stock.stores() == null ? Map.of()
                : stock.stores().stream().collect(Collectors.toMap(StockAvailability.StoreStock::storeId,
                        Function.identity(), (first, second) -> first));
        List<Candidate> open = new ArrayList<>(candidates.stream().filter(c -> c.store().location() != null).toList());
        List<PlannedShipment> shipments = new ArrayList<>();
        while (!left.isEmpty()) {
            Optional<Option> best = open.stream()
                    .map(candidate -> option(candidate, left, customer, shelves.get(candidate.store().id())))
                    .filter(option -> option.units() > 0 && option.rating().eligible())
                    .min(BEST);
            if (best.isEmpty()) {
                break;
            }
            shipments.add(best.get().shipment());
            best.get().supply().forEach((sku, quantity) -> left.computeIfPresent(sku,
                    (s, stillWanted) -> stillWanted - quantity > 0 ? stillWanted - quantity : null));
            open.remove(best.get().candidate());
            if (policy == SplitPolicy.CANCEL_MISSING) {
                break;
            }
        }
        return new SourcingPlan(List.copyOf(shipments), lines(left));
    }

    /** From the customer to the store, in km to 0.1: what the table sees, the plan and the storefront show. */
    static double distanceKm(GeoPoint customer, Store store) {
        return Math.round(customer.distanceKmTo(store.location()) * 10) / 10.0;
    }

    private Option option(Candidate candidate, Map<String, Integer> left, GeoPoint customer,
            StockAvailability.StoreStock shelf) {
        Store store = candidate.store();
        Map<String, Integer> supply = new LinkedHashMap<>();
        left.forEach((sku, quantity) -> {
            int units = Math.min(quantity, shelf == null ? 0 : shelf.of(sku));
            if (units > 0) {
                supply.put(sku, units);
            }
        });
        int units = sum(supply);
        int wanted = sum(left);
        double distanceKm = distanceKm(customer, store);
        int capacityLeft = Math.max(0, store.dailyShipCapacity() - candidate.openShipmentsToday());
        Rating rating = decision.rate(new Facts(units == wanted, (double) units / wanted, distanceKm,
                distanceKm <= store.serviceRadiusKm(), capacityLeft));
        return new Option(candidate, supply, units, distanceKm, capacityLeft, rating);
    }

    private static int sum(Map<String, Integer> quantities) {
        return quantities.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<StockLine> lines(Map<String, Integer> quantities) {
        return quantities.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
    }

    /** What one candidate could ship of what is left, and how the table rates it. */
    record Option(Candidate candidate, Map<String, Integer> supply, int units, double distanceKm, int capacityLeft,
            Rating rating) {

        String storeId() {
            return candidate.store().id();
        }

        PlannedShipment shipment() {
            return new PlannedShipment(storeId(), lines(supply), distanceKm, rating.tier(), rating.reason());
        }
    }
}
