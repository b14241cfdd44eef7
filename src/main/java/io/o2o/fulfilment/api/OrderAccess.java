package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderNotFoundException;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.security.AccessProperties;
import io.o2o.fulfilment.store.Store;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see or cancel an order: the customer, with the access token the order was placed with;
 * ops; and the staff of the order's store. Anyone else is told there is no such order.
 */
@Component
class OrderAccess {

    static final String TOKEN_HEADER = "X-Order-Token";

    private final AccessProperties access;
    private final ShipmentService shipments;

    OrderAccess(AccessProperties access, ShipmentService shipments) {
        this.access = access;
        this.shipments = shipments;
    }

    void check(Order order, String token, Authentication user) {
        if (!order.acceptsAccessToken(token) && !isOps(user) && !worksOn(user, order)) {
            throw new OrderNotFoundException(order.orderNumber());
        }
    }

    boolean isOps(Authentication user) {
        return hasGroup(user, access.opsGroup());
    }

    /** Staff of the order's store, or of the store of any of its parcels. */
    boolean worksOn(Authentication user, Order order) {
        return worksAt(user, order.storeId()) || order.fulfilmentType() == FulfilmentType.SHIP_FROM_STORE
                && shipments.of(order.orderNumber()).stream().anyMatch(s -> worksAt(user, s.storeId()));
    }

    boolean worksAt(Authentication user, String storeId) {
        return storeId != null && hasGroup(user, Store.staffGroupOf(storeId));
    }

    private static boolean hasGroup(Authentication user, String group) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(AccessProperties.authorityOf(group)::equals);
    }
}
