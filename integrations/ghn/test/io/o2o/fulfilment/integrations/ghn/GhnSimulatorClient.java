package io.o2o.fulfilment.integrations.ghn;

import io.o2o.fulfilment.port.ParcelAddress;
import io.o2o.fulfilment.port.ParcelBooking;
import io.o2o.fulfilment.port.ParcelBookingRequest;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.ParcelItem;
import io.o2o.fulfilment.port.ParcelQuoteRequest;
import io.o2o.fulfilment.port.ParcelSize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/** What the GHN tests do at the simulator: read its portal, move parcels on, flip its fault switch. */
final class GhnSimulatorClient {

    static final ParcelAddress STORE = new ParcelAddress("O2O Mart Nguyễn Huệ", "02838221001",
            "72 Nguyễn Huệ, Bến Nghé, Quận 1", "Bến Nghé", "Quận 1", "Hồ Chí Minh");
    static final ParcelAddress CUSTOMER = new ParcelAddress("Trần Thị \"Bé\" Hoa", "0901234567", "12 Lê Lợi",
            "Phường 4", "Gò Vấp", "Hồ Chí Minh");
    static final ParcelAddress HANOI_CUSTOMER = new ParcelAddress("Lê Văn Nam", "0912345678", "5 Hàng Bài",
            "Tràng Tiền", "Hoàn Kiếm", "Hà Nội");
    static final long COD = 398_000;

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
            new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() { };

    private final RestClient ghn;
    private final ProducerTemplate camel;

    GhnSimulatorClient(int port, ProducerTemplate camel) {
        this.ghn = RestClient.create("http://localhost:" + port + "/sim/ghn");
        this.camel = camel;
    }

    /** A parcel of two T-shirts from the Nguyễn Huệ store, paid by cash on delivery. */
    static ParcelBookingRequest booking(int weightGrams) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return new ParcelBookingRequest("WEB-" + id + "-S1-" + UUID.randomUUID().toString().substring(0, 10),
                "WEB-" + id, "WEB-" + id + "-S1", "HCM-Q1", STORE, CUSTOMER,
                new ParcelSize(weightGrams, 30, 20, 10),
                List.of(new ParcelItem("SKU-1001", "Áo thun cotton trắng", 2, 199_000, 250)), COD, COD,
                "Gọi trước khi giao");
    }

    static ParcelQuoteRequest quote(ParcelAddress to) {
        return new ParcelQuoteRequest("HCM-Q1", STORE, to, new ParcelSize(1200, 30, 20, 10), COD, COD);
    }

    /** A parcel booked through the adapter: its order code. */
    String booked() {
        ParcelBookingRequest request = booking(1200);
        return camel.requestBody("direct:ghn-book", request, ParcelBooking.class).carrierOrderCode();
    }

    static ParcelChangeRequest change(String orderCode) {
        return new ParcelChangeRequest(UUID.randomUUID().toString(), "WEB-1", "WEB-1-S1", "HCM-Q1", orderCode);
    }

    Map<String, Object> order(String orderCode) {
        return ghn.get().uri("/orders/{orderCode}", orderCode).retrieve().body(OBJECT);
    }

    Optional<Map<String, Object>> orderByClientOrderCode(String clientOrderCode) {
        List<Map<String, Object>> orders = ghn.get().uri("/orders?clientOrderCode={code}", clientOrderCode)
                .retrieve().body(LIST);
        return orders.stream().findFirst();
    }

    /** How often the parcel reached a status at GHN. */
    long times(String orderCode, String status) {
        return ((List<?>) order(orderCode).get("history")).stream()
                .filter(change -> status.equals(((Map<?, ?>) change).get("status"))).count();
    }

    void advance(String orderCode, String to) {
        ghn.post().uri("/orders/{orderCode}/advance", orderCode).body(Map.of("to", to)).retrieve().toBodilessEntity();
    }

    /** Sets a status as GHN's courier would report it, with the cash collected. */
    void setStatus(String orderCode, String status, long codAmount) {
        ghn.post().uri("/orders/{orderCode}/status", orderCode).body(Map.of("status", status, "codAmount", codAmount))
                .retrieve().toBodilessEntity();
    }

    void resendLastWebhook(String orderCode) {
        ghn.post().uri("/orders/{orderCode}/webhooks/resend", orderCode).retrieve().toBodilessEntity();
    }

    void pushWebhook(String body) {
        ghn.post().uri("/webhooks").header("Content-Type", "application/json").body(body).retrieve()
                .toBodilessEntity();
    }

    void fail() {
        ghn.post().uri("/faults").body(Map.of("failNext", 100, "status", 503, "message", "GHN bảo trì hệ thống"))
                .retrieve().toBodilessEntity();
    }

    void recover() {
        ghn.delete().uri("/faults").retrieve().toBodilessEntity();
    }
}
