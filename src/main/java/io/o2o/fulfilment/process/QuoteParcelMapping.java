package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.ParcelQuote;
import io.o2o.fulfilment.port.ParcelQuoteRequest;
import io.o2o.fulfilment.port.ParcelSize;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import org.springframework.stereotype.Component;

/**
 * {@code carrier.quote}: what the packed parcel would cost to deliver and when it would arrive,
 * recorded on the parcel (the booking records what the carrier then charged).
 */
@Component
class QuoteParcelMapping implements PortMapping<ParcelQuoteRequest, ParcelQuote> {

    private final ShipmentService shipments;
    private final StoreRepository stores;

    QuoteParcelMapping(ShipmentService shipments, StoreRepository stores) {
        this.shipments = shipments;
        this.stores = stores;
    }

    @Override
    public Port port() {
        return Port.CARRIER_QUOTE;
    }

    @Override
    public ParcelQuoteRequest request(PortCall call) {
        Order order = call.order();
        Shipment shipment = shipments.get(call.shipmentId());
        Store store = stores.findById(shipment.storeId()).orElseThrow();
        return new ParcelQuoteRequest(store.id(),
                ParcelAddresses.from(store),
                ParcelAddresses.to(order.deliveryAddress()),
                new ParcelSize(shipment.weightGrams(), shipment.lengthCm(), shipment.widthCm(), shipment.heightCm()),
                shipment.codAmount(), shipment.value(order));
    }

    @Override
    public void apply(PortCall call, ParcelQuoteRequest request, ParcelQuote result) {
        shipments.quoted(call.shipmentId(), result.fee(), result.expectedDelivery());
    }
}
