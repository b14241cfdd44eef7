package io.o2o.fulfilment.integrations.zalopay;

import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** What the ZaloPay tests do at the simulator: pay orders, read its portal, flip its switches. */
final class ZalopaySimulatorClient {

    static final long AMOUNT = 259_000;

    private final RestClient zalopay;
    private final ProducerTemplate camel;

    ZalopaySimulatorClient(int port, ProducerTemplate camel) {
        this.zalopay = RestClient.create("http://localhost:" + port + "/sim/zalopay");
        this.camel = camel;
    }

    static PaymentRequest payment(long amount) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new PaymentRequest(UUID.randomUUID().toString(), "WEB-" + id, "WEB-" + id + "-P1", amount,
                null, null, null, true);
    }

    /** A payment created through the adapter and paid on the simulator's page. */
    PaymentRequest paid() {
        PaymentRequest request = payment(AMOUNT);
        PaymentCreated created = camel.requestBody("direct:zalopay-create", request, PaymentCreated.class);
        RestClient.create().post().uri(created.payUrl() + "?action=pay").retrieve().toBodilessEntity();
        return request;
    }

    /** The app_trans_id the adapter gives a payment made today (see ZalopayIds). */
    static String appTransId(String paymentId) {
        return DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.now(ZoneOffset.ofHours(7))) + "_"
                + paymentId.replace('-', '_');
    }

    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> order(String paymentId) {
        try {
            return Optional.of(zalopay.get().uri("/orders/{id}", appTransId(paymentId)).retrieve().body(Map.class));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    void withholdCallbacks() {
        zalopay.post().uri("/callbacks/withhold").body(Map.of("enabled", true)).retrieve().toBodilessEntity();
    }

    void refundsProcessing(boolean enabled) {
        zalopay.post().uri("/refunds/processing").body(Map.of("enabled", enabled)).retrieve().toBodilessEntity();
    }

    void fail() {
        zalopay.post().uri("/faults").body(Map.of("failNext", 100, "status", 503)).retrieve().toBodilessEntity();
    }

    void recover() {
        zalopay.delete().uri("/faults").retrieve().toBodilessEntity();
    }
}
