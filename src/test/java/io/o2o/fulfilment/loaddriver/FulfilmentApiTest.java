package io.o2o.fulfilment.loaddriver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FulfilmentApiTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void staffUserIsNamedAfterTheStore() {
        assertThat(FulfilmentApi.staffOf("HCM-Q1")).isEqualTo("staff.hcm-q1");
    }

    @Test
    void pickupCodeComesFromTheNewestReadyForPickupMessage() throws Exception {
        String messages = """
                [ {"template":"ORDER_CONFIRMED","parameters":{"orderNumber":"WEB-10001"}},
                  {"template":"READY_FOR_PICKUP","parameters":{"pickupCode":"111111"}},
                  {"template":"READY_FOR_PICKUP","parameters":{"pickupCode":"482913"}},
                  {"template":"PICKUP_REMINDER","parameters":{"pickupCode":"000000"}} ]
                """;

        assertThat(FulfilmentApi.readyForPickupCode(json.readTree(messages))).contains("482913");
    }

    @Test
    void noPickupCodeBeforeTheMessageArrives() throws Exception {
        String messages = """
                [ {"template":"ORDER_CONFIRMED","parameters":{}},
                  {"template":"READY_FOR_PICKUP","parameters":{}} ]
                """;

        assertThat(FulfilmentApi.readyForPickupCode(json.readTree(messages))).isEmpty();
        assertThat(FulfilmentApi.readyForPickupCode(json.readTree("[]"))).isEmpty();
    }
}
