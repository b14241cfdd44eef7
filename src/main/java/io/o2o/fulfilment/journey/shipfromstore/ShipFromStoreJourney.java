package io.o2o.fulfilment.journey.shipfromstore;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.payment.PaymentSettings;
import io.o2o.fulfilment.process.Journey;
import io.o2o.fulfilment.process.JourneyVariables;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Ship-from-store: {@code processes/ship-from-store.bpmn} with its business rules. */
@Component
class ShipFromStoreJourney implements Journey {

    private final ShipFromStoreSettings settings;
    private final Duration captureHeldPaymentAfter;

    ShipFromStoreJourney(ShipFromStoreSettings settings, PaymentSettings payments) {
        this.settings = settings;
        this.captureHeldPaymentAfter = payments.captureHeldMoneyAfter(settings.paymentWindow(),
                "o2o.ship-from-store.payment-window");
    }

    @Override
    public FulfilmentType fulfilmentType() {
        return FulfilmentType.SHIP_FROM_STORE;
    }

    @Override
    public String processKey() {
        return JourneyVariables.SHIP_FROM_STORE;
    }

    @Override
    public Map<String, Object> startVariables(Order order) {
        return Map.of(
                JourneyVariables.PAYMENT_METHOD, order.paymentMethod().name(),
                JourneyVariables.PAYMENT_WINDOW, settings.paymentWindow().toString(),
                JourneyVariables.READY_WITHIN, settings.readyWithin().toString(),
                JourneyVariables.DELIVERY_ATTEMPT_LIMIT, settings.deliveryAttemptLimit(),
                JourneyVariables.TRACK_AFTER, settings.trackAfter().toString(),
                JourneyVariables.CAPTURE_HELD_PAYMENT_AFTER, captureHeldPaymentAfter.toString());
    }
}
