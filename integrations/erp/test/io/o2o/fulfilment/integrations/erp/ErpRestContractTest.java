package io.o2o.fulfilment.integrations.erp;

import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.SaleRecord;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** The REST ERP adapter against the ERP simulator: erp.post-sale has no business refusal. */
@AdapterRouteTest
class ErpRestContractTest extends PortContract {

    @Autowired
    ProducerTemplate camel;

    @LocalServerPort
    int port;

    @Override
    protected String adapter() {
        return "erp-rest";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    @Override
    protected void partnerFails() {
        erp().post().uri("/faults").body(Map.of("failNext", 100, "status", 503)).retrieve().toBodilessEntity();
    }

    @Override
    protected void partnerRecovers() {
        erp().delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(ActionContract.of(Port.ERP_POST_SALE, ErpRestContractTest::sale,
                request -> erp().get().uri("/sales?orderNumber={n}", ((SaleRecord) request).orderNumber())
                        .retrieve().body(List.class).size()));
    }

    private static SaleRecord sale() {
        String orderNumber = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        return new SaleRecord(UUID.randomUUID().toString(), orderNumber, "HCM-Q1", Instant.parse("2026-03-01T10:15:30Z"),
                "MOMO", 398_000, List.of(new SaleRecord.SaleLine("SKU-1001", "Áo thun cotton trắng", 2, 199_000,
                        398_000)));
    }

    private RestClient erp() {
        return RestClient.create("http://localhost:" + port + "/sim/erp");
    }
}
