package io.o2o.fulfilment.journey.clickandcollect;

import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.process.Journey;
import io.o2o.fulfilment.process.JourneyVariables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Click-and-collect: {@code processes/click-and-collect.bpmn} with its business timings. */
@Component
class ClickAndCollectJourney implements Journey {

    private final ClickAndCollectSettings settings;

    ClickAndCollectJourney(ClickAndCollectSettings settings) {
        this.settings = settings;
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
                JourneyVariables.COLLECTION_WINDOW, settings.collectionWindow().toString(),
                JourneyVariables.REMINDER_CYCLE, settings.reminderCycle());
    }
}
