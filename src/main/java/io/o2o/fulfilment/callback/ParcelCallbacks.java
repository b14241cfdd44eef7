package io.o2o.fulfilment.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.ops.OrderLogContext;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelState;
import io.o2o.fulfilment.port.ParcelTrackRequest;
import io.o2o.fulfilment.port.ParcelTracking;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.process.JourneyVariables;
import io.o2o.fulfilment.process.PortClient;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a carrier's tracking report: finds the parcel, stores the report once, applies it to the
 * parcel and wakes the parcel's process. A report that ends a parcel's trip or moves money
 * (delivered, returned, lost, damaged, cancelled) is first checked against the carrier's own
 * record, and the carrier's record is what is applied. A replay, a report older than what is known,
 * or one for no known parcel changes nothing.
 */
@Service
public class ParcelCallbacks {

    private static final Logger log = LoggerFactory.getLogger(ParcelCallbacks.class);
    private static final Set<ParcelState> CHECKED_WITH_CARRIER = Set.of(ParcelState.DELIVERED, ParcelState.RETURNED,
            ParcelState.LOST, ParcelState.DAMAGED, ParcelState.CANCELLED);

    private final ShipmentService shipments;
    private final CallbackInbox inbox;
    private final CallbackDelivery delivery;
    private final PortClient ports;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    ParcelCallbacks(ShipmentService shipments, CallbackInbox inbox, CallbackDelivery delivery, PortClient ports,
            TransactionTemplate transaction, ObjectMapper json) {
        this.shipments = shipments;
        this.inbox = inbox;
        this.delivery = delivery;
        this.ports = ports;
        this.transaction = transaction;
        this.json = json;
    }

    public void accept(ParcelEvent report) {
        if (report.state() == null) {
            log.info("Carrier report {} for parcel {} has a status the journeys do not act on ({}); kept without effect",
                    report.deduplicationKey(), report.carrierOrderCode(), report.carrierStatus());
            return;
        }
        Shipment shipment = shipments.byCarrierCode(report.carrier(), report.carrierOrderCode())
                .orElseThrow(() -> new CallbackRejectedException("no parcel " + report.carrierOrderCode() + " was booked with "
                        + report.carrier()));
        String message = JourneyVariables.MESSAGE_PARCEL_UPDATED + "-" + shipment.shipmentId();
        try (OrderLogContext context = OrderLogContext.of(shipment.orderNumber())) {
            if (inbox.seen(report.deduplicationKey())) {
                // GHN sends a report again until it hears 200: the carrier need not be asked again
                log.info("Carrier report {} was received before; nothing changes", report.deduplicationKey());
                return;
            }
            ParcelEvent confirmed = CHECKED_WITH_CARRIER.contains(report.state()) ? confirm(report, shipment) : report;
            Boolean moved = transaction.execute(status -> {
                if (!inbox.store(report.carrier(), report.deduplicationKey(), shipment.orderNumber(), message,
                        payload(report))) {
                    log.info("Carrier report {} was received before; nothing changes", report.deduplicationKey());
                    return false;
                }
                if (!shipments.carrierReported(shipment.shipmentId(), confirmed)) {
                    inbox.delivered(report.deduplicationKey());
                    log.info("Carrier report {} ({}) is older than what parcel {} is known to be; nothing changes",
                            report.deduplicationKey(), confirmed.state(), shipment.shipmentId());
                    return false;
                }
                return true;
            });
            if (Boolean.TRUE.equals(moved)) {
                delivery.deliver(report.deduplicationKey(), shipment.orderNumber(), message);
            }
        }
    }

    /** The carrier's own record of the parcel, in place of a report that would end its trip. */
    private ParcelEvent confirm(ParcelEvent report, Shipment shipment) {
        ParcelTracking record = ports.call(Port.CARRIER_TRACK, report.carrier(),
                new ParcelTrackRequest(shipment.storeId(), shipment.carrierOrderCode()));
        if (record.state() != report.state()) {
            log.warn("Carrier report {} says parcel {} is {}, the carrier's record says {}; acting on the record",
                    report.deduplicationKey(), shipment.shipmentId(), report.state(), record.state());
        }
        return new ParcelEvent(report.carrier(), report.carrierOrderCode(), report.clientOrderCode(),
                record.carrierStatus(), record.state(), report.occurredAt(), record.codAmount(), report.reason(),
                report.deduplicationKey());
    }

    private String payload(ParcelEvent report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
