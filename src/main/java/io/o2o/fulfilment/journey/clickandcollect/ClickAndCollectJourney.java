package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.payment.PaymentSettings;
import io.o2o.fulfilment.process.Journey;
import io.o2o.fulfilment.process.JourneyVariables;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Click-and-collect: {@code processes/click-and-collect.bpmn} with its business timings. */
@Component
class ClickAndCollectJourney implements Journey {

    private final ClickAndCollectSettings settings;
    private final Duration captureHeldPaymentAfter;

    ClickAndCollectJourney(ClickAndCollectSettings settings, PaymentSettings payments) {
        this.settings = settings;
        this.captureHeldPaymentAfter = payments.captureHeldMoneyAfter(settings.paymentWindow(),
                "o2o.click-and-collect.payment-window");
    }

    @Override
    public FulfilmentType fulfilmentType() {
        return FulfilmentType.CLICK_AND_COLLECT;
    }

    @Override
    public String processKey() {
        return JourneyVariables.CLICK_AND_COLLECT;
    }

    @Override
    public Map<String, Object> startVariables(Order order) {
        return Map.of(
                JourneyVariables.PAYMENT_METHOD, order.paymentMethod().name(),
                JourneyVariables.PAYMENT_WINDOW, settings.paymentWindow().toString(),
                JourneyVariables.READY_WITHIN, settings.readyWithin().toString(),
                JourneyVariables.COLLECTION_WINDOW, settings.collectionWindow().toString(),
                JourneyVariables.REMINDER_CYCLE, settings.reminderCycle(),
                JourneyVariables.CAPTURE_HELD_PAYMENT_AFTER, captureHeldPaymentAfter.toString());
    }
}
