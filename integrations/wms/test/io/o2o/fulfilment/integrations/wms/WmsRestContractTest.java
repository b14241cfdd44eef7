package io.o2o.fulfilment.integrations.wms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.StockAvailabilityRequest;
import io.o2o.fulfilment.port.StockCommitRequest;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockReleaseRequest;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.StockRestockRequest;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * The REST WMS adapter against the WMS simulator: the wms ports' contract. Effects are counted in
 * units of stock: held by a reservation, given back by a release, gone with a commit, back on the
 * shelf with a restock. An availability query is a read and has none.
 */
@AdapterRouteTest
class WmsRestContractTest extends PortContract {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Override
    protected String adapter() {
        return "wms-rest";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    @Override
    protected void partnerFails() {
        wms().post().uri("/faults").body(Map.of("failNext", 100, "status", 503)).retrieve().toBodilessEntity();
    }

    @Override
    protected void partnerRecovers() {
        wms().delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(
                ActionContract.of(Port.WMS_RESERVE, () -> reservation("HN-CG", "SKU-1001"),
                        request -> stock("HN-CG", "SKU-1001").get("reserved"))
                        // the seed has no SKU-1013 in HCM-Q7
                        .refusedBy(() -> reservation("HCM-Q7", "SKU-1013")),
                ActionContract.of(Port.WMS_RELEASE, () -> new StockReleaseRequest(key(), "WEB-C", "HN-CG",
                        reserve("HN-CG", "SKU-1004"), List.of(new StockLine("SKU-1004", 1))),
                        request -> -stock("HN-CG", "SKU-1004").get("reserved")),
                ActionContract.of(Port.WMS_COMMIT, () -> new StockCommitRequest(key(), "WEB-C", "HN-CG",
                        reserve("HN-CG", "SKU-1006"), List.of(new StockLine("SKU-1006", 1))),
                        request -> -stock("HN-CG", "SKU-1006").get("onHand")),
                // a read: nothing to count, a retry answers the same
                ActionContract.of(Port.WMS_AVAILABILITY, () -> new StockAvailabilityRequest(List.of("SKU-1007",
                        "SKU-1019"), List.of("HN-CG", "HN-HK")), null),
                ActionContract.of(Port.WMS_RESTOCK, () -> new StockRestockRequest(key(), "WEB-C", "HN-CG",
                        List.of(new StockLine("SKU-1007", 1))),
                        request -> stock("HN-CG", "SKU-1007").get("onHand")));
    }

    private static StockReservationRequest reservation(String storeId, String sku) {
        return new StockReservationRequest(key(), "WEB-C", storeId, List.of(new StockLine(sku, 1)));
    }

    private String reserve(String storeId, String sku) {
        try {
            String answer = camel.requestBody("direct:wms-rest-reserve",
                    json.writeValueAsString(reservation(storeId, sku)), String.class);
            return json.readTree(answer).get("reservationId").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> stock(String storeId, String sku) {
        return wms().get().uri("/stock/{store}/{sku}", storeId, sku).retrieve().body(Map.class);
    }

    private RestClient wms() {
        return RestClient.create("http://localhost:" + port + "/sim/wms");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
