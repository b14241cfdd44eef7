package io.o2o.fulfilment.integrations.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.StockAvailability;
import io.o2o.fulfilment.port.StockAvailabilityRequest;
import io.o2o.fulfilment.port.StockCommitRequest;
import io.o2o.fulfilment.port.StockLine;
import io.o2o.fulfilment.port.StockMovementResult;
import io.o2o.fulfilment.port.StockReleaseRequest;
import io.o2o.fulfilment.port.StockReservationRequest;
import io.o2o.fulfilment.port.StockReservationResult;
import io.o2o.fulfilment.port.StockRestockRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.client.RestClient;

@AdapterRouteTest
class WmsRestRouteTest {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ObjectMapper json;

    @Autowired
    ConfigurableEnvironment environment;

    @LocalServerPort
    int port;

    @AfterEach
    void clearFaults() {
        wms().delete().uri("/faults").retrieve().toBodilessEntity();
    }

    @Test
    void reservesStockAndAnswersTheReservationId() throws Exception {
        StockReservationResult result = reserve(key(), "HCM-Q1", new StockLine("SKU-1001", 2));

        assertThat(result.outcome()).isEqualTo(StockReservationResult.Outcome.RESERVED);
        assertThat(result.reservationId()).startsWith("RSV-");
        assertThat(stock("HCM-Q1", "SKU-1001").get("reserved")).isEqualTo(2);
    }

    @Test
    void answersOutOfStockWithTheShortages() throws Exception {
        // the seed has no SKU-1013 in HCM-Q7
        StockReservationResult result = reserve(key(), "HCM-Q7", new StockLine("SKU-1001", 1),
                new StockLine("SKU-1013", 2));

        assertThat(result.outcome()).isEqualTo(StockReservationResult.Outcome.OUT_OF_STOCK);
        assertThat(result.shortages()).containsExactly(new StockLine("SKU-1013", 2));
        assertThat(result.reservationId()).isNull();
    }

    @Test
    void aRepeatedKeyAnswersTheFirstReservation() throws Exception {
        String key = key();
        StockReservationResult first = reserve(key, "HN-HK", new StockLine("SKU-1002", 1));
        int reservedAfterFirst = (int) stock("HN-HK", "SKU-1002").get("reserved");

        StockReservationResult again = reserve(key, "HN-HK", new StockLine("SKU-1002", 1));

        assertThat(again.reservationId()).isEqualTo(first.reservationId());
        assertThat(stock("HN-HK", "SKU-1002").get("reserved")).isEqualTo(reservedAfterFirst);
    }

    @Test
    void anOutageBecomesARemoteSystemExceptionInTheWmsOwnWords() {
        wms().post().uri("/faults").body(Map.of("failNext", 1, "status", 503, "message", "store system offline"))
                .retrieve().toBodilessEntity();

        assertThatThrownBy(() -> reserve(key(), "HCM-Q1", new StockLine("SKU-1003", 1)))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("WMS answered 503 Service Unavailable: store system offline");
    }

    @Test
    void aConflictWithoutShortagesIsNotOutOfStock() {
        wms().post().uri("/faults").body(Map.of("failNext", 1, "status", 409, "message", "reservation locked"))
                .retrieve().toBodilessEntity();

        assertThatThrownBy(() -> reserve(key(), "HCM-Q1", new StockLine("SKU-1003", 1)))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageStartingWith("WMS answered 409 without shortages: ")
                .hasMessageContaining("reservation locked");
    }

    @Test
    void anUnknownReservationIsARemoteSystemExceptionQuotingTheWms() {
        var release = new StockReleaseRequest(key(), "WEB-1", "HCM-Q1", "RSV-999999", null);

        assertThatThrownBy(() -> camel.requestBody("direct:wms-rest-release", json.writeValueAsString(release)))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("WMS answered 404 Not Found: unknown reservation RSV-999999");
    }

    @Test
    void anUnreachableWmsIsARemoteSystemException() {
        // the base URL is read per call, so switching it here takes effect at once
        var nowhere = new MapPropertySource("unreachable-wms", Map.of("o2o.wms.base-url", "http://localhost:1/sim/wms"));
        environment.getPropertySources().addFirst(nowhere);
        try {
            assertThatThrownBy(() -> reserve(key(), "HCM-Q1", new StockLine("SKU-1003", 1)))
                    .cause()
                    .isInstanceOf(RemoteSystemException.class)
                    .hasMessageStartingWith("WMS not reachable at http://localhost:1/sim/wms: ");
        } finally {
            environment.getPropertySources().remove(nowhere.getName());
        }
    }

    @Test
    void releasesPartOfAHoldThenCommitsTheRest() throws Exception {
        int onHandBefore = (int) stock("HCM-Q7", "SKU-1009").get("onHand");
        String reservationId = reserve(key(), "HCM-Q7", new StockLine("SKU-1009", 3)).reservationId();

        StockMovementResult released = movement("direct:wms-rest-release", new StockReleaseRequest(key(), "WEB-1",
                "HCM-Q7", reservationId, List.of(new StockLine("SKU-1009", 1))));
        StockMovementResult committed = movement("direct:wms-rest-commit", new StockCommitRequest(key(), "WEB-1",
                "HCM-Q7", reservationId, List.of(new StockLine("SKU-1009", 2))));

        assertThat(released).isEqualTo(new StockMovementResult(reservationId, "RESERVED"));
        assertThat(committed).isEqualTo(new StockMovementResult(reservationId, "COMMITTED"));
        assertThat(stock("HCM-Q7", "SKU-1009")).containsEntry("onHand", onHandBefore - 2).containsEntry("reserved", 0);
    }

    @Test
    void releasingAnOrderFreesAllItHoldsAndRefusesAReservationThatArrivesLate() throws Exception {
        String key = key();
        String orderNumber = "WEB-" + key.substring(0, 6);
        int reservedBefore = (int) stock("HN-HK", "SKU-1004").get("reserved");
        reserve(key, "HN-HK", new StockLine("SKU-1004", 2));

        StockMovementResult released = movement("direct:wms-rest-release",
                new StockReleaseRequest(key(), orderNumber, "HN-HK", null, List.of()));

        assertThat(released.status()).isEqualTo("RELEASED");
        assertThat(stock("HN-HK", "SKU-1004").get("reserved")).isEqualTo(reservedBefore);
        // the same order's reservation, sent before the release but arriving after it, holds nothing
        assertThatThrownBy(() -> reserve(key(), orderNumber, "HN-HK", new StockLine("SKU-1004", 1)))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageContaining("was released at store HN-HK");
        assertThat(stock("HN-HK", "SKU-1004").get("reserved")).isEqualTo(reservedBefore);
    }

    @Test
    void answersWhatEachStoreCanSellNowLessWhatIsHeld() throws Exception {
        reserve(key(), "HN-CG", new StockLine("SKU-1017", 2));
        int onHand = (int) stock("HN-CG", "SKU-1017").get("onHand");
        int reserved = (int) stock("HN-CG", "SKU-1017").get("reserved");

        StockAvailability availability = availability(new StockAvailabilityRequest(
                List.of("SKU-1017", "SKU-1019", "SKU-9999"), List.of("HN-CG", "HN-HK", "XX-NOWHERE")));

        // the seed has no SKU-1019 in HN-CG; the WMS leaves out a store it does not know
        assertThat(availability.stores()).extracting(StockAvailability.StoreStock::storeId)
                .containsExactly("HN-CG", "HN-HK");
        StockAvailability.StoreStock caugiay = availability.stores().get(0);
        assertThat(caugiay.of("SKU-1017")).isEqualTo(onHand - reserved);
        assertThat(caugiay.of("SKU-1019")).isZero();
        assertThat(caugiay.of("SKU-9999")).isZero();
        assertThat(availability.stores().get(1).of("SKU-1019")).isEqualTo(stock("HN-HK", "SKU-1019").get("available"));
    }

    @Test
    void anOutageOnAvailabilityIsARemoteSystemException() {
        wms().post().uri("/faults").body(Map.of("failNext", 1, "status", 503, "message", "stock service down"))
                .retrieve().toBodilessEntity();

        assertThatThrownBy(() -> availability(new StockAvailabilityRequest(List.of("SKU-1001"), List.of("HN-CG"))))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("WMS answered 503 Service Unavailable: stock service down");
    }

    @Test
    void restocksOncePerKey() throws Exception {
        int onHandBefore = (int) stock("HCM-Q7", "SKU-1012").get("onHand");
        var restock = new StockRestockRequest(key(), "WEB-RS1", "HCM-Q7", List.of(new StockLine("SKU-1012", 2)));

        StockMovementResult first = movement("direct:wms-rest-restock", restock);
        StockMovementResult again = movement("direct:wms-rest-restock", restock);

        assertThat(first).isEqualTo(new StockMovementResult(null, "RESTOCKED"));
        assertThat(again).isEqualTo(first);
        assertThat(stock("HCM-Q7", "SKU-1012").get("onHand")).isEqualTo(onHandBefore + 2);
    }

    @Test
    void aRestockToAStoreTheWmsDoesNotKnowIsARemoteSystemException() {
        var restock = new StockRestockRequest(key(), "WEB-RS2", "XX-NOWHERE", List.of(new StockLine("SKU-1012", 1)));

        assertThatThrownBy(() -> movement("direct:wms-rest-restock", restock))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("WMS answered 404 Not Found: unknown store XX-NOWHERE");
    }

    private StockAvailability availability(StockAvailabilityRequest request) throws Exception {
        String answer = camel.requestBody("direct:wms-rest-availability", json.writeValueAsString(request), String.class);
        return json.readValue(answer, StockAvailability.class);
    }

    private StockReservationResult reserve(String key, String storeId, StockLine... lines) throws Exception {
        return reserve(key, "WEB-" + key.substring(0, 6), storeId, lines);
    }

    private StockReservationResult reserve(String key, String orderNumber, String storeId, StockLine... lines)
            throws Exception {
        var request = new StockReservationRequest(key, orderNumber, storeId, List.of(lines));
        String answer = camel.requestBody("direct:wms-rest-reserve", json.writeValueAsString(request), String.class);
        return json.readValue(answer, StockReservationResult.class);
    }

    private StockMovementResult movement(String endpoint, Object request) throws Exception {
        String answer = camel.requestBody(endpoint, json.writeValueAsString(request), String.class);
        return json.readValue(answer, StockMovementResult.class);
    }

    private Map<String, Object> stock(String storeId, String sku) {
        return wms().get().uri("/stock/{store}/{sku}", storeId, sku).retrieve().body(Map.class);
    }

    private RestClient wms() {
        return RestClient.create("http://localhost:" + port + "/sim/wms");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
