package io.o2o.fulfilment.simulator.notify;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/** A message to send, as the gateway's API takes it. */
record MessageRequest(String idempotencyKey, String orderNumber, @NotBlank String template, String customerName,
        String phone, String email, Map<String, String> parameters) {

    @AssertTrue(message = "a phone or an e-mail address is needed to reach the customer")
    boolean isReachable() {
        return phone != null && !phone.isBlank() || email != null && !email.isBlank();
    }
}
