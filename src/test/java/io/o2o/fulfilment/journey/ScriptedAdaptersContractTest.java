package io.o2o.fulfilment.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.CustomerNotification;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.SaleRecord;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockReleaseRequest;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The process tests' scripted doubles honour the same contract as the real adapters, so that a
 * process test does not pass against answers no adapter gives. The doubles keep no partner state,
 * so only the answers of a retry are compared, not effects.
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
        for (String action : List.of("reserve", "release", "commit", "create", "refund", "post-sale", "customer")) {
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
                ActionContract.of(Port.PAYMENT_CREATE, () -> new PaymentRequest("k", "WEB-1", "WEB-1-P1", 10_000, null,
                        null, null, true), null),
                ActionContract.of(Port.PAYMENT_REFUND, () -> new RefundRequest("k", "WEB-1", "WEB-1-R1", "WEB-1-P1",
                        "T1", 10_000, null), null),
                ActionContract.of(Port.ERP_POST_SALE, () -> new SaleRecord("k", "WEB-1", "S1",
                        Instant.parse("2026-03-01T10:00:00Z"), "MOMO", 10_000, List.of()), null),
                ActionContract.of(Port.NOTIFY_CUSTOMER, () -> new CustomerNotification("k", "WEB-1", "READY_FOR_PICKUP",
                        "An", "0901234567", null, Map.of()), null));
    }
}
