package io.o2o.fulfilment.integrations.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.CustomerNotification;
import io.o2o.fulfilment.port.NotificationReceipt;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

@AdapterRouteTest
class NotifyRestRouteTest {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void sendsOnceAndTheOutboxShowsTheReadableText() throws Exception {
        var ready = new CustomerNotification(UUID.randomUUID().toString(), "WEB-30001", "READY_FOR_PICKUP",
                "Nguyễn Văn An", "0901234567", null,
                Map.of("pickupCode", "482913", "storeName", "O2O Mart Nguyễn Huệ"));

        NotificationReceipt first = send(ready);
        NotificationReceipt repeated = send(ready);

        assertThat(first.messageId()).startsWith("MSG-");
        assertThat(repeated).isEqualTo(first);
        assertThat(outbox("WEB-30001")).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("messageId", first.messageId()).containsEntry("template", "READY_FOR_PICKUP");
            assertThat((String) message.get("text")).contains("482913", "O2O Mart Nguyễn Huệ", "WEB-30001");
        });
    }

    @Test
    void anOutageIsARemoteSystemExceptionInTheGatewayOwnWords() {
        RestClient.create("http://localhost:" + port).post().uri("/sim/notify/faults")
                .body(Map.of("failNext", 1, "status", 502, "message", "SMS provider timeout")).retrieve().toBodilessEntity();
        var cancelled = new CustomerNotification(UUID.randomUUID().toString(), "WEB-30002", "ORDER_CANCELLED", "An",
                "0901234567", null, Map.of());

        assertThatThrownBy(() -> send(cancelled))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("Notification gateway answered 502 Bad Gateway: SMS provider timeout");
    }

    private NotificationReceipt send(CustomerNotification notification) throws Exception {
        String answer = camel.requestBody("direct:notify-rest-customer", json.writeValueAsString(notification),
                String.class);
        return json.readValue(answer, NotificationReceipt.class);
    }

    private List<Map<String, Object>> outbox(String orderNumber) {
        return RestClient.create("http://localhost:" + port).get().uri("/sim/notify/messages?orderNumber={o}", orderNumber)
                .retrieve().body(new ParameterizedTypeReference<>() {
                });
    }
}
