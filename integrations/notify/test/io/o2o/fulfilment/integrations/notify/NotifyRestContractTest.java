package io.o2o.fulfilment.integrations.notify;

import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.CustomerNotification;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** The REST notification adapter against the gateway simulator: notify.customer has no business refusal. */
@AdapterRouteTest
class NotifyRestContractTest extends PortContract {

    @Autowired
    ProducerTemplate camel;

    @LocalServerPort
    int port;

    @Override
    protected String adapter() {
        return "notify-rest";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    @Override
    protected void partnerFails() {
        gateway().post().uri("/faults").body(Map.of("failNext", 100, "status", 503)).retrieve().toBodilessEntity();
    }

    @Override
    protected void partnerRecovers() {
        gateway().delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(ActionContract.of(Port.NOTIFY_CUSTOMER, NotifyRestContractTest::message,
                request -> gateway().get().uri("/messages?orderNumber={n}",
                        ((CustomerNotification) request).orderNumber()).retrieve().body(List.class).size()));
    }

    private static CustomerNotification message() {
        return new CustomerNotification(UUID.randomUUID().toString(), "WEB-" + UUID.randomUUID().toString()
                .substring(0, 8), "READY_FOR_PICKUP", "Nguyễn Văn An", "0901234567", null,
                Map.of("pickupCode", "482913", "storeName", "O2O Mart Nguyễn Huệ"));
    }

    private RestClient gateway() {
        return RestClient.create("http://localhost:" + port + "/sim/notify");
    }
}
