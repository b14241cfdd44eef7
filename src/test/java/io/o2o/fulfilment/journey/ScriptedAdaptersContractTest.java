package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.CustomerNotification;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.SaleRecord;
import io.o2o.fulfilment.port.StockAvailability;
import io.o2o.fulfilment.port.StockAvailabilityRequest;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockReleaseRequest;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.StockRestockRequest;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process tests' scripted doubles honour the same contract as the real adapters, so that a
 * process test does not pass against answers no adapter gives. The doubles keep no partner state
 * but the WMS's stock, so only the answers of a retry are compared, and for a restock the units on
 * the shelf too.
 */
class ScriptedAdaptersContractTest extends PortContract {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final ScriptedAdapters SCRIPTED = new ScriptedAdapters(JSON);
    private static CamelContext camel;

    @BeforeAll
    static void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(SCRIPTED);
        camel.start();
    }

    @AfterAll
    static void stop() {
        camel.stop();
    }

    @BeforeEach
    void outOfStockForOrderOos() {
        SCRIPTED.reset();
        SCRIPTED.stock("S1", "SKU-1", 3);
        SCRIPTED.answer("reserve", request -> "WEB-OOS".equals(request.get("orderNumber"))
                ? Map.of("outcome", "OUT_OF_STOCK", "shortages", List.of(Map.of("sku", "SKU-1", "quantity", 1)))
                : Map.of("outcome", "RESERVED", "reservationId", "RES-" + request.get("orderNumber")));
    }

    @Override
    protected String adapter() {
        return ScriptedAdapters.NAME;
    }

    @Override
    protected ProducerTemplate camel() {
        return camel.createProducerTemplate();
    }

    @Override
    protected void partnerFails() {
        for (String action : List.of("reserve", "release", "commit", "availability", "restock", "create", "refund",
                "post-sale", "customer")) {
            SCRIPTED.answer(action, request -> {
                throw new RemoteSystemException("scripted outage");
            });
        }
    }

    @Override
    protected void partnerRecovers() {
        outOfStockForOrderOos();
    }

    @Override
    protected List<ActionContract> actions() {
        List<StockLine> lines = List.of(new StockLine("SKU-1", 1));
        return List.of(
                ActionContract.of(Port.WMS_RESERVE, () -> new StockReservationRequest("k", "WEB-1", "S1", lines), null)
                        .refusedBy(() -> new StockReservationRequest("k", "WEB-OOS", "S1", lines)),
                ActionContract.of(Port.WMS_RELEASE, () -> new StockReleaseRequest("k", "WEB-1", "S1", "RES", lines),
                        null),
                ActionContract.of(Port.WMS_AVAILABILITY, () -> new StockAvailabilityRequest(List.of("SKU-1", "SKU-2"),
                        List.of("S1", "S2")), null),
                ActionContract.of(Port.WMS_RESTOCK, () -> new StockRestockRequest("k-" + UUID.randomUUID(), "WEB-1", "S1",
                        lines), request -> SCRIPTED.stock("S1", "SKU-1")),
                ActionContract.of(Port.PAYMENT_CREATE, () -> new PaymentRequest("k", "WEB-1", "WEB-1-P1", 10_000, null,
                        null, null, true), null),
                ActionContract.of(Port.PAYMENT_REFUND, () -> new RefundRequest("k", "WEB-1", "WEB-1-R1", "WEB-1-P1",
                        "T1", 10_000, null), null),
                ActionContract.of(Port.ERP_POST_SALE, () -> new SaleRecord("k", "WEB-1", "S1",
                        Instant.parse("2026-03-01T10:00:00Z"), "MOMO", 10_000, List.of()), null),
                ActionContract.of(Port.NOTIFY_CUSTOMER, () -> new CustomerNotification("k", "WEB-1", "READY_FOR_PICKUP",
                        "An", "0901234567", null, Map.of()), null));
    }

    @Test
    void availabilityAnswersWhatATestStockedAndARestockAddsToItOnce() throws Exception {
        var restock = new StockRestockRequest("restock-1", "WEB-1", "S2", List.of(new StockLine("SKU-2", 2)));
        camel().requestBody(Port.WMS_RESTOCK.adapterEndpointUri(ScriptedAdapters.NAME), JSON.writeValueAsString(restock));
        camel().requestBody(Port.WMS_RESTOCK.adapterEndpointUri(ScriptedAdapters.NAME), JSON.writeValueAsString(restock));

        String answer = camel().requestBody(Port.WMS_AVAILABILITY.adapterEndpointUri(ScriptedAdapters.NAME),
                JSON.writeValueAsString(new StockAvailabilityRequest(List.of("SKU-1", "SKU-2"), List.of("S1", "S2"))),
                String.class);

        assertThat(JSON.readValue(answer, StockAvailability.class).stores()).containsExactly(
                new StockAvailability.StoreStock("S1", Map.of("SKU-1", 3, "SKU-2", 0)),
                new StockAvailability.StoreStock("S2", Map.of("SKU-1", 0, "SKU-2", 2)));
        assertThat(SCRIPTED.restocks()).hasSize(1);
    }
}
