package io.o2o.fulfilment.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.catalogue.Product;
import io.o2o.fulfilment.order.Customer;
import io.o2o.fulfilment.order.DeliveryAddress;
import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.NewOrder;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.PlacedOrder;
import io.o2o.fulfilment.payment.PaymentService;
import io.o2o.fulfilment.process.JourneyEngine;
import io.o2o.fulfilment.store.District;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places an order: checks it against stores and catalogue, stores it and starts its journey in
 * one transaction, so an order never exists without its process or the other way round.
 */
@Service
class OrderPlacement {

    private final StoreRepository stores;
    private final Catalogue catalogue;
    private final OrderService orders;
    private final JourneyEngine journeys;
    private final IdempotencyKeys keys;
    private final PaymentService payments;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    OrderPlacement(StoreRepository stores, Catalogue catalogue, OrderService orders, JourneyEngine journeys,
            IdempotencyKeys keys, PaymentService payments, TransactionTemplate transaction, ObjectMapper json) {
        this.stores = stores;
        this.catalogue = catalogue;
        this.orders = orders;
        this.journeys = journeys;
        this.keys = keys;
        this.payments = payments;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * @return the order, and whether this call created it (false: an earlier call with the same key did,
     *         and its access token, stored only as a hash, went to that call's answer)
     */
    Placed place(PlaceOrderRequest request, String idempotencyKey) {
        String hash = hash(request);
        if (idempotencyKey != null) {
            Optional<Placed> earlier = earlier(idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        NewOrder order = validate(request);
        try {
            return transaction.execute(status -> {
                PlacedOrder newOrder = orders.place(order);
                Order placed = newOrder.order();
                if (idempotencyKey != null) {
                    keys.claim(idempotencyKey, hash, placed.orderNumber());
                }
                payments.open(placed);
                journeys.start(placed);
                return new Placed(placed, newOrder.accessToken());
            });
        } catch (DuplicateKeyException concurrentRequestWithSameKey) {
            return earlier(idempotencyKey, hash).orElseThrow(() -> concurrentRequestWithSameKey);
        }
    }

    private Optional<Placed> earlier(String idempotencyKey, String hash) {
        return keys.find(idempotencyKey).map(used -> {
            if (!used.requestHash().equals(hash)) {
                throw new IdempotencyConflictException(idempotencyKey, used.orderNumber());
            }
            return new Placed(orders.get(used.orderNumber()), null);
        });
    }

    private NewOrder validate(PlaceOrderRequest request) {
        List<InvalidOrderException.FieldProblem> problems = new ArrayList<>();
        PlaceOrderRequest.Fulfilment fulfilment = request.fulfilment();
        String storeId = fulfilment.storeId();
        DeliveryAddress address = null;
        if (fulfilment.type() == FulfilmentType.SHIP_FROM_STORE) {
            address = deliveryAddress(fulfilment, problems);
            storeId = null;
        } else {
            checkStore(storeId, problems);
        }
        if (!request.payment().method().suits(fulfilment.type())) {
            problems.add(new InvalidOrderException.FieldProblem("payment.method", request.payment().method()
                    .displayName() + " is not possible for " + fulfilment.type().name().toLowerCase().replace('_', '-')
                    + " orders"));
        }
        if (!payments.offers(request.payment().method())) {
            problems.add(new InvalidOrderException.FieldProblem("payment.method",
                    request.payment().method().displayName() + " is not offered; choose another way to pay"));
        }
        Map<String, Product> products = catalogue.findBySkus(
                request.lines().stream().map(PlaceOrderRequest.Line::sku).distinct().toList());
        List<NewOrder.Item> items = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrderRequest.Line line = request.lines().get(i);
            Product product = products.get(line.sku());
            if (product == null) {
                problems.add(new InvalidOrderException.FieldProblem("lines[" + i + "].sku",
                        "no product " + line.sku() + " in the catalogue"));
            } else if (seen.contains(line.sku())) {
                problems.add(new InvalidOrderException.FieldProblem("lines[" + i + "].sku",
                        line.sku() + " appears twice; give the total quantity on one line"));
            } else {
                items.add(new NewOrder.Item(product, line.quantity()));
            }
            seen.add(line.sku());
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrderException(problems);
        }
        PlaceOrderRequest.CustomerDetails customer = request.customer();
        return new NewOrder(new Customer(customer.name().trim(), customer.phone(), customer.email()),
                fulfilment.type(), storeId, request.payment().method(), items, address);
    }

    private void checkStore(String storeId, List<InvalidOrderException.FieldProblem> problems) {
        if (storeId == null || storeId.isBlank()) {
            problems.add(new InvalidOrderException.FieldProblem("fulfilment.storeId",
                    "name the store the customer collects from"));
            return;
        }
        Optional<Store> store = stores.findById(storeId);
        if (store.isEmpty()) {
            problems.add(new InvalidOrderException.FieldProblem("fulfilment.storeId", "no store " + storeId));
        } else if (!store.get().clickAndCollect()) {
            problems.add(new InvalidOrderException.FieldProblem("fulfilment.storeId",
                    "store " + storeId + " (" + store.get().name() + ") does not offer click-and-collect"));
        }
    }

    /** A delivery address in a district the storefront delivers to, as the district table spells it. */
    private DeliveryAddress deliveryAddress(PlaceOrderRequest.Fulfilment fulfilment,
            List<InvalidOrderException.FieldProblem> problems) {
        PlaceOrderRequest.Address address = fulfilment.address();
        if (address == null) {
            problems.add(new InvalidOrderException.FieldProblem("fulfilment.address",
                    "a ship-from-store order needs the delivery address"));
            return null;
        }
        if (fulfilment.storeId() != null) {
            problems.add(new InvalidOrderException.FieldProblem("fulfilment.storeId",
                    "leave it out: the stores that ship are chosen for the order"));
        }
        Optional<District> district = stores.district(address.city(), address.district());
        if (district.isEmpty()) {
            List<String> known = stores.districts().stream().filter(d -> d.city().equalsIgnoreCase(address.city().trim()))
                    .map(District::name).toList();
            problems.add(new InvalidOrderException.FieldProblem("fulfilment.address.district", known.isEmpty()
                    ? "no delivery to " + address.city() + " yet"
                    : "no district " + address.district() + " in " + address.city() + "; one of " + String.join(", ", known)));
            return null;
        }
        return new DeliveryAddress(address.name().trim(), address.phone(), address.street().trim(),
                address.ward() == null ? null : address.ward().trim(), district.get().name(), district.get().city());
    }

    private String hash(PlaceOrderRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param accessToken the new order's token; null when an earlier call placed the order */
    record Placed(Order order, String accessToken) {

        boolean created() {
            return accessToken != null;
        }
    }
}
