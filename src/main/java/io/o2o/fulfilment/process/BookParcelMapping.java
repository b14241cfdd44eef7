package io.o2o.fulfilment.process;

import io.o2o.fulfilment.catalogue.Catalogue;
import io.o2o.fulfilment.catalogue.Product;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderLine;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelBooking;
import io.o2o.fulfilment.port.ParcelBookingRequest;
import io.o2o.fulfilment.port.ParcelItem;
import io.o2o.fulfilment.port.ParcelSize;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code carrier.book}: the packed parcel, from its store to the customer's address, with the cash
 * the courier collects for a cash-on-delivery order. The parcel's booking key (the first call's key,
 * kept on the parcel) is the carrier's client order code, so a retried booking, or one made again to
 * find a booking whose job failed, finds the first one.
 */
@Component
class BookParcelMapping implements PortMapping<ParcelBookingRequest, ParcelBooking> {

    private final ShipmentService shipments;
    private final StoreRepository stores;
    private final Catalogue catalogue;
    private final SystemAdapters adapters;

    BookParcelMapping(ShipmentService shipments, StoreRepository stores, Catalogue catalogue, SystemAdapters adapters) {
        this.shipments = shipments;
        this.stores = stores;
        this.catalogue = catalogue;
        this.adapters = adapters;
    }

    @Override
    public Port port() {
        return Port.CARRIER_BOOK;
    }

    @Override
    public ParcelBookingRequest request(PortCall call) {
        Order order = call.order();
        Shipment shipment = shipments.get(call.shipmentId());
        Store store = stores.findById(shipment.storeId()).orElseThrow();
        Map<String, Product> products = catalogue.findBySkus(shipment.lines().stream().map(Shipment.Line::sku).toList());
        List<ParcelItem> items = shipment.lines().stream().filter(l -> l.shippedQuantity() > 0).map(l -> {
            OrderLine line = order.line(l.sku());
            Product product = products.get(l.sku());
            return new ParcelItem(l.sku(), line.name(), l.shippedQuantity(), line.unitPrice(),
                    product == null ? 0 : product.weightGrams());
        }).toList();
        String key = shipments.bookingKey(shipment.shipmentId(), call.idempotencyKey());
        return new ParcelBookingRequest(key, order.orderNumber(), shipment.shipmentId(), store.id(),
                ParcelAddresses.from(store),
                ParcelAddresses.to(order.deliveryAddress()),
                new ParcelSize(shipment.weightGrams(), shipment.lengthCm(), shipment.widthCm(), shipment.heightCm()),
                items, shipment.codAmount(), shipment.value(order), "Đơn hàng " + order.orderNumber() + ", kiện "
                        + shipment.shipmentId());
    }

    @Override
    public void apply(PortCall call, ParcelBookingRequest request, ParcelBooking result) {
        if (result.refusal() != null) {
            shipments.bookingRefused(request.shipmentId(), result.reason());
        } else {
            shipments.booked(request.shipmentId(), adapters.adapters().get(port().system()), result.carrierOrderCode(),
                    result.sortCode(), result.fee(), result.expectedDelivery());
        }
    }
}
