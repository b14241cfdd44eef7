package io.o2o.fulfilment.api;

import io.o2o.fulfilment.api.InvalidOrderException.FieldProblem;
import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.journey.shipfromstore.Availability;
import io.o2o.fulfilment.journey.shipfromstore.AvailabilityService;
import io.o2o.fulfilment.store.District;
import io.o2o.fulfilment.store.StoreRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Before an order: which stores near the customer have the basket's SKUs, and how they would be shipped. */
@RestController
@Tag(name = "Storefront")
class AvailabilityController {

    static final int MAX_SKUS = 50;

    private final AvailabilityService availability;
    private final Catalogue catalogue;
    private final StoreRepository stores;

    AvailabilityController(AvailabilityService availability, Catalogue catalogue, StoreRepository stores) {
        this.availability = availability;
        this.catalogue = catalogue;
        this.stores = stores;
    }

    @GetMapping("/api/availability")
    @Operation(summary = "Which stores near a customer have the SKUs, and how ship-from-store would send them",
            description = """
                    Stores in the customer's city, and any other that delivers there, that offer click-and-collect or
                    ship-from-store, nearest first (distance from the centre of the customer's district): what each can
                    sell now of each SKU (one unit asked for each), whether it delivers that far, and whether it has
                    everything. shipFromStore says how an order would ship now: from ONE_STORE, SPLIT across stores,
                    PARTLY, or NONE, under the retailer's split policy; nobodyHas lists the SKUs no store near the
                    customer has. 400 for a query that cannot be answered (no SKUs, more than 50, an unknown SKU, city or
                    district); 503 when the WMS does not answer.""")
    Availability availability(
            @Parameter(description = "SKUs, comma-separated, at most 50", example = "SKU-1010,SKU-1019")
            @RequestParam(required = false) List<String> skus,
            @Parameter(description = "The customer's city", example = "Hà Nội") @RequestParam(required = false) String city,
            @Parameter(description = "The customer's district in that city", example = "Hoàn Kiếm")
            @RequestParam(required = false) String district) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> wanted = skus(skus, problems);
        Optional<District> where = district(city, district, problems);
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }
        return availability.near(wanted, where.orElseThrow());
    }

    private List<String> skus(List<String> given, List<FieldProblem> problems) {
        Set<String> skus = new LinkedHashSet<>();
        if (given != null) {
            given.stream().map(String::strip).filter(sku -> !sku.isEmpty())
                    .forEach(sku -> skus.add(sku.toUpperCase(Locale.ROOT)));
        }
        if (skus.isEmpty()) {
            problems.add(new FieldProblem("skus", "give the SKUs to look for, for example skus=SKU-1010,SKU-1019"));
        } else if (skus.size() > MAX_SKUS) {
            problems.add(new FieldProblem("skus", "at most " + MAX_SKUS + " SKUs per query, " + skus.size() + " given"));
        } else {
            Set<String> known = catalogue.findBySkus(skus).keySet();
            List<String> unknown = skus.stream().filter(sku -> !known.contains(sku)).toList();
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem("skus", "unknown SKU " + String.join(", ", unknown)
                        + "; GET /api/products lists the catalogue"));
            }
        }
        return List.copyOf(skus);
    }

    private Optional<District> district(String city, String name, List<FieldProblem> problems) {
        List<District> known = stores.districts();
        List<String> cities = known.stream().map(District::city).distinct().toList();
        if (blank(city)) {
            problems.add(new FieldProblem("city", "give the customer's city, one of " + String.join(", ", cities)));
            return Optional.empty();
        }
        List<District> ofCity = known.stream().filter(d -> same(d.city(), city)).toList();
        if (ofCity.isEmpty()) {
            problems.add(new FieldProblem("city", "unknown city '" + city.strip() + "'; known: " + String.join(", ", cities)));
            return Optional.empty();
        }
        Optional<District> district = blank(name) ? Optional.empty()
                : ofCity.stream().filter(d -> same(d.name(), name)).findFirst();
        if (district.isEmpty()) {
            String cityName = ofCity.get(0).city();
            problems.add(new FieldProblem("district", (blank(name) ? "give the customer's district in " + cityName
                    : "unknown district '" + name.strip() + "' in " + cityName) + "; known: "
                    + String.join(", ", ofCity.stream().map(District::name).toList())));
        }
        return district;
    }

    /** Names as people type them: any case, surrounding spaces, accents composed or not. */
    private static boolean same(String known, String given) {
        return Normalizer.normalize(given.strip(), Normalizer.Form.NFC).equalsIgnoreCase(known);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
