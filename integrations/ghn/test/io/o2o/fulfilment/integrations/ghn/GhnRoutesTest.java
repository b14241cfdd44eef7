package io.o2o.fulfilment.integrations.ghn;

import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.COD;
import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.CUSTOMER;
import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.HANOI_CUSTOMER;
import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.booking;
import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.ParcelBooking;
import io.o2o.fulfilment.port.ParcelBookingRequest;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelQuote;
import io.o2o.fulfilment.port.ParcelSize;
import io.o2o.fulfilment.port.ParcelState;
import io.o2o.fulfilment.port.ParcelTrackRequest;
import io.o2o.fulfilment.port.ParcelTracking;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GHN adapter against the GHN simulator over HTTP: what GHN receives, a retried booking, GHN's
 * refusals, and its webhook, posted here as GHN does and pushed by the simulator end to end into
 * {@code mock:carrier.event}. Events are told apart by order code: the simulator's webhooks of other
 * tests may arrive at any time.
 */
@AdapterRouteTest
@ExtendWith(OutputCaptureExtension.class)
class GhnRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET = "demo-ghn-webhook-Vt8Qm2Lx5Rk9";

    @Autowired
    ProducerTemplate camel;

    @EndpointInject("mock:carrier.event")
    MockEndpoint events;

    @LocalServerPort
    int port;

    private GhnSimulatorClient ghn;

    @BeforeEach
    void reset() {
        events.reset();
        ghn = new GhnSimulatorClient(port, camel);
    }

    @Test
    void bookingSendsGhnTheParcelInGhnsFieldsAsTheStoresShop() {
        ParcelBookingRequest request = booking(1200);

        ParcelBooking booking = book(request);

        assertThat(booking.outcome()).isEqualTo(ParcelBooking.Outcome.BOOKED);
        Map<String, Object> order = ghn.order(booking.carrierOrderCode());
        assertThat(order).containsEntry("shopId", 2510101).containsEntry("clientOrderCode", request.idempotencyKey());
        Map<String, Object> sent = map(order.get("request"));
        assertThat(sent).containsEntry("client_order_code", request.idempotencyKey())
                .containsEntry("to_name", "Trần Thị \"Bé\" Hoa")
                .containsEntry("to_phone", "0901234567")
                .containsEntry("to_address", "12 Lê Lợi, Phường 4, Gò Vấp, Hồ Chí Minh")
                .containsEntry("to_ward_name", "Phường 4")
                .containsEntry("to_district_name", "Gò Vấp")
                .containsEntry("to_province_name", "Hồ Chí Minh")
                .containsEntry("from_name", "O2O Mart Nguyễn Huệ")
                .containsEntry("from_phone", "02838221001")
                // the street line names the ward and district already
                .containsEntry("from_address", "72 Nguyễn Huệ, Bến Nghé, Quận 1, Hồ Chí Minh")
                .containsEntry("from_province_name", "Hồ Chí Minh")
                .containsEntry("return_phone", "02838221001")
                .containsEntry("return_address", "72 Nguyễn Huệ, Bến Nghé, Quận 1, Hồ Chí Minh")
                .containsEntry("return_district_name", "Quận 1")
                .containsEntry("weight", 1200).containsEntry("length", 30).containsEntry("width", 20)
                .containsEntry("height", 10)
                .containsEntry("service_type_id", 2)
                .containsEntry("payment_type_id", 1)
                .containsEntry("required_note", "CHOXEMHANGKHONGTHU")
                .containsEntry("cod_amount", (int) COD)
                .containsEntry("insurance_value", (int) COD)
                .containsEntry("content", "2 x Áo thun cotton trắng")
                .containsEntry("note", request.orderNumber() + " · Gọi trước khi giao")
                .containsEntry("items", List.of(Map.of("name", "Áo thun cotton trắng", "code", "SKU-1001",
                        "quantity", 2, "price", 199_000, "weight", 250)));
        assertThat(booking.sortCode()).isNotBlank();
        assertThat(booking.fee()).isEqualTo(((Number) order.get("totalFee")).longValue()).isPositive();
        assertThat(booking.expectedDelivery()).isEqualTo(Instant.parse((String) order.get("expectedDelivery")));
    }

    @Test
    void aStoreWithoutAShopOfItsOwnShipsAsTheDefaultShopAndAValueAboveGhnsCeilingIsInsuredUpToIt() {
        ParcelBookingRequest request = booking(1200);
        ParcelBookingRequest fromQ7 = new ParcelBookingRequest(request.idempotencyKey(), request.orderNumber(),
                request.shipmentId(), "HCM-Q7", request.from(), request.to(), request.size(), request.items(), 0,
                12_000_000, null);

        Map<String, Object> order = ghn.order(book(fromQ7).carrierOrderCode());

        assertThat(order).containsEntry("shopId", 2510100);
        assertThat(map(order.get("request"))).containsEntry("insurance_value", 5_000_000)
                .containsEntry("cod_amount", 0).containsEntry("note", request.orderNumber());
    }

    @Test
    void aRetriedBookingAnswersTheFirstBookingAndBooksNothingMore() {
        ParcelBookingRequest request = booking(1200);
        ParcelBooking first = book(request);

        // even if the retry were sent heavier: GHN refuses the client_order_code, the first booking stands
        ParcelBooking again = book(new ParcelBookingRequest(request.idempotencyKey(), request.orderNumber(),
                request.shipmentId(), request.storeId(), request.from(), request.to(),
                new ParcelSize(1500, 30, 20, 10), request.items(), COD, COD, null));

        assertThat(again).isEqualTo(first);
        assertThat(ghn.orderByClientOrderCode(request.idempotencyKey())).get()
                .extracting(order -> order.get("orderCode")).isEqualTo(first.carrierOrderCode());
    }

    @Test
    void aParcelGhnWillNotTakeIsRefusedInGhnsWords() {
        ParcelBooking refused = book(booking(60_000));

        assertThat(refused.outcome()).isEqualTo(ParcelBooking.Outcome.REFUSED);
        assertThat(refused.reason()).contains("Khối lượng").contains("50000 gram");
        assertThat(refused.refusal().code()).isEqualTo(ParcelBooking.REFUSED_CODE);
        assertThat(refused.carrierOrderCode()).isNull();
    }

    @Test
    void aShopGhnDoesNotKnowIsATechnicalFailureQuotingGhn() {
        ParcelBookingRequest request = booking(1200);
        ParcelBookingRequest closed = new ParcelBookingRequest(request.idempotencyKey(), request.orderNumber(),
                request.shipmentId(), "HN-HK-OLD", request.from(), request.to(), request.size(), request.items(), COD,
                COD, null);

        assertThatThrownBy(() -> book(closed)).cause().isInstanceOf(RemoteSystemException.class)
                .hasMessageStartingWith("GHN create answered 400 Bad Request: ShopID is invalid");
    }

    @Test
    void anOutageIsATechnicalFailureQuotingGhn() {
        ghn.fail();
        try {
            assertThatThrownBy(() -> book(booking(1200))).cause().isInstanceOf(RemoteSystemException.class)
                    .hasMessageStartingWith("GHN create answered 503 Service Unavailable: ")
                    .hasMessageContaining("GHN bảo trì hệ thống");
        } finally {
            ghn.recover();
        }
    }

    @Test
    void cancelBeforePickUpIsDoneOnceAndAfterItRefusedInGhnsWords() {
        String waiting = ghn.booked();
        String pickedUp = ghn.booked();
        ghn.advance(pickedUp, "picked");

        ParcelChange cancelled = camel.requestBody("direct:ghn-cancel", change(waiting), ParcelChange.class);
        ParcelChange again = camel.requestBody("direct:ghn-cancel", change(waiting), ParcelChange.class);
        ParcelChange refused = camel.requestBody("direct:ghn-cancel", change(pickedUp), ParcelChange.class);

        assertThat(cancelled).isEqualTo(new ParcelChange(ParcelChange.Outcome.DONE, null));
        assertThat(again).isEqualTo(cancelled);
        assertThat(ghn.times(waiting, "cancel")).isEqualTo(1);
        assertThat(refused.outcome()).isEqualTo(ParcelChange.Outcome.REFUSED);
        assertThat(refused.reason()).contains(pickedUp).contains("picked");
        assertThat(refused.refusal().code()).isEqualTo(ParcelChange.REFUSED_CODE);
    }

    @Test
    void aReturnSendsTheParcelBackOnceAndADeliveredOneIsRefused() {
        String delivering = ghn.booked();
        ghn.advance(delivering, "delivering");
        String delivered = ghn.booked();
        ghn.advance(delivered, "delivered");

        ParcelChange returned = camel.requestBody("direct:ghn-return", change(delivering), ParcelChange.class);
        ParcelChange again = camel.requestBody("direct:ghn-return", change(delivering), ParcelChange.class);
        ParcelChange refused = camel.requestBody("direct:ghn-return", change(delivered), ParcelChange.class);

        assertThat(returned.outcome()).isEqualTo(ParcelChange.Outcome.DONE);
        assertThat(again).isEqualTo(returned);
        assertThat(ghn.order(delivering)).containsEntry("status", "waiting_to_return");
        assertThat(ghn.times(delivering, "waiting_to_return")).isEqualTo(1);
        assertThat(refused.outcome()).isEqualTo(ParcelChange.Outcome.REFUSED);
        assertThat(refused.reason()).contains("delivered");
    }

    @Test
    void trackingTellsGhnsStatusItsStateAndTheCash() {
        String orderCode = ghn.booked();
        ghn.advance(orderCode, "delivered");

        ParcelTracking tracking = camel.requestBody("direct:ghn-track", new ParcelTrackRequest("HCM-Q1", orderCode),
                ParcelTracking.class);

        Map<String, Object> order = ghn.order(orderCode);
        List<?> history = (List<?>) order.get("history");
        assertThat(tracking.carrierOrderCode()).isEqualTo(orderCode);
        assertThat(tracking.clientOrderCode()).isEqualTo(order.get("clientOrderCode"));
        assertThat(tracking.carrierStatus()).isEqualTo("delivered");
        assertThat(tracking.state()).isEqualTo(ParcelState.DELIVERED);
        assertThat(tracking.codAmount()).isEqualTo(COD);
        assertThat(tracking.updatedAt()).isEqualTo(Instant.parse((String) ((Map<?, ?>) history.get(history.size() - 1))
                .get("time")));
        assertThatThrownBy(() -> camel.requestBody("direct:ghn-track", new ParcelTrackRequest("HCM-Q1", "GNOSUCH1")))
                .cause().isInstanceOf(RemoteSystemException.class).hasMessageContaining("GNOSUCH1");
    }

    @Test
    void trackingADeliveredParcelTellsTheCashTheCourierCollected() {
        String orderCode = ghn.booked();
        ghn.advance(orderCode, "delivering");
        ghn.setStatus(orderCode, "delivered", 300_000);

        ParcelTracking tracking = camel.requestBody("direct:ghn-track", new ParcelTrackRequest("HCM-Q1", orderCode),
                ParcelTracking.class);

        assertThat(tracking.codAmount()).isEqualTo(300_000);
        assertThat(awaitEvents(orderCode, 6).get(5).codAmount()).isEqualTo(300_000);
    }

    @Test
    void aQuoteToAnotherCityCostsMoreAndArrivesTwoDaysLater() {
        ParcelQuote sameCity = camel.requestBody("direct:ghn-quote", GhnSimulatorClient.quote(CUSTOMER),
                ParcelQuote.class);
        ParcelQuote otherCity = camel.requestBody("direct:ghn-quote", GhnSimulatorClient.quote(HANOI_CUSTOMER),
                ParcelQuote.class);

        assertThat(sameCity.fee()).isPositive();
        assertThat(otherCity.fee()).isGreaterThan(sameCity.fee());
        assertThat(sameCity.expectedDelivery()).isAfter(Instant.now());
        assertThat(Duration.between(sameCity.expectedDelivery(), otherCity.expectedDelivery()))
                .isEqualTo(Duration.ofDays(2));
    }

    @Test
    void anAuthenticStatusChangeIsHandedOverAsAParcelEventAndAnsweredAsGhnExpects() throws Exception {
        HttpResponse<String> answer = postWebhook("token=" + SECRET, webhook("GTEST0001", "delivery_fail",
                "2026-03-01T10:15:30.123Z", "Khách không nghe máy"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"code\":200,\"message\":\"Success\"}"));
        assertThat(eventsOf("GTEST0001")).containsExactly(new ParcelEvent("ghn", "GTEST0001", "WEB-1-S1-k1",
                "delivery_fail", ParcelState.DELIVERY_FAILED, Instant.parse("2026-03-01T10:15:30.123Z"), 0,
                "Khách không nghe máy", "ghn:GTEST0001:delivery_fail:2026-03-01T10:15:30.123Z"));
    }

    @Test
    void onlyADeliveryReportsTheCashCollected() throws Exception {
        postWebhook("token=" + SECRET, webhook("GTEST0002", "delivering", "2026-03-01T09:00:00Z", ""));
        postWebhook("token=" + SECRET, webhook("GTEST0002", "delivered", "2026-03-01T10:00:00Z", ""));

        assertThat(eventsOf("GTEST0002")).extracting(ParcelEvent::state, ParcelEvent::codAmount, ParcelEvent::reason)
                .containsExactly(tuple(ParcelState.OUT_FOR_DELIVERY, 0L, null),
                        tuple(ParcelState.DELIVERED, COD, null));
    }

    @Test
    void aWebhookWithoutOurSecretIs401LoggedAndHandedToNobody(CapturedOutput output) throws Exception {
        String body = webhook("GFORGED" + "X".repeat(80), "delivered", "2026-03-01T10:00:00Z", "");

        assertThat(postWebhook("token=wrong-secret", body).statusCode()).isEqualTo(401);
        assertThat(postWebhook("", body).statusCode()).isEqualTo(401);
        assertThat(postWebhook("token=" + SECRET + "&token=wrong-secret", body).statusCode()).isEqualTo(401);
        assertThat(postWebhook("token=" + SECRET.substring(1), body).statusCode()).isEqualTo(401);

        assertThat(events.getExchanges()).noneMatch(exchange -> exchange.getMessage().getBody(ParcelEvent.class)
                .carrierOrderCode().startsWith("GFORGED"));
        List<String> lines = output.getOut().lines().filter(line -> line.contains("GFORGED")).toList();
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).contains(" WARN ")
                .contains("Rejected GHN webhook").doesNotContain("X".repeat(65)));
    }

    @Test
    void aWebhookThatIsNoJsonOrLacksItsStatusIs400() throws Exception {
        assertThat(postWebhook("token=" + SECRET, "Status=delivered").statusCode()).isEqualTo(400);
        assertThat(postWebhook("token=" + SECRET, "{\"Type\":\"Switch_status\",\"OrderCode\":\"GTEST0003\"}")
                .statusCode()).isEqualTo(400);
        assertThat(postWebhook("token=" + SECRET, webhook("GTEST0003", "picked", "yesterday", "")).statusCode())
                .isEqualTo(400);
        assertThat(eventsOf("GTEST0003")).isEmpty();
    }

    @Test
    void webhooksOfOtherTypesAndOfGhnsExceptionStatusAreTakenButNotHandedOver(CapturedOutput output)
            throws Exception {
        String create = webhook("GTEST0004", "ready_to_pick", "2026-03-01T08:00:00Z", "").replace("Switch_status",
                "create");
        String codUpdate = webhook("GTEST0004", "ready_to_pick", "2026-03-01T08:01:00Z", "").replace("Switch_status",
                "Update_cod");

        assertThat(postWebhook("token=" + SECRET, create).statusCode()).isEqualTo(200);
        assertThat(postWebhook("token=" + SECRET, codUpdate).statusCode()).isEqualTo(200);
        assertThat(postWebhook("token=" + SECRET, webhook("GTEST0004", "exception", "2026-03-01T08:02:00Z", ""))
                .statusCode()).isEqualTo(200);

        assertThat(eventsOf("GTEST0004")).isEmpty();
        assertThat(output.getOut().lines().filter(line -> line.contains("GTEST0004") && line.contains(" WARN ")))
                .singleElement().asString().contains("'exception'");
    }

    @Test
    void aWebhookTheApplicationRejectsIsStill200SoGhnStopsSendingIt(CapturedOutput output) throws Exception {
        events.whenAnyExchangeReceived(exchange -> {
            throw new CallbackRejectedException("no parcel GTEST0005");
        });

        HttpResponse<String> answer = postWebhook("token=" + SECRET, webhook("GTEST0005", "picked",
                "2026-03-01T10:00:00Z", ""));

        assertThat(answer.statusCode()).isEqualTo(200);
        // the simulator may still be delivering another test's webhook to the same rejecting route: look at this one
        assertThat(output.getOut().lines().filter(line -> line.contains("OrderCode GTEST0005")).toList()).singleElement()
                .asString().contains(" WARN ").contains("rejected by the application: no parcel GTEST0005");
        assertThat(output.getOut().lines().filter(line -> line.contains(" ERROR "))).noneMatch(line -> line
                .contains("GTEST0005"));
    }

    @Test
    void aWebhookTheApplicationFailsOnIs500SoGhnSendsItAgain() throws Exception {
        events.whenAnyExchangeReceived(exchange -> {
            throw new IllegalStateException("database down");
        });

        assertThat(postWebhook("token=" + SECRET, webhook("GTEST0006", "picked", "2026-03-01T10:00:00Z", ""))
                .statusCode()).isEqualTo(500);
    }

    @Test
    void theSimulatorsCourierReachesTheApplicationStatusByStatus() {
        String orderCode = ghn.booked();

        ghn.advance(orderCode, "delivered");

        List<ParcelEvent> reported = awaitEvents(orderCode, 6);
        assertThat(reported).extracting(ParcelEvent::carrierStatus).containsExactly("picking", "picked", "storing",
                "transporting", "delivering", "delivered");
        assertThat(reported).extracting(ParcelEvent::state).containsExactly(ParcelState.BOOKED,
                ParcelState.PICKED_UP, ParcelState.IN_TRANSIT, ParcelState.IN_TRANSIT, ParcelState.OUT_FOR_DELIVERY,
                ParcelState.DELIVERED);
        assertThat(reported.get(5).codAmount()).isEqualTo(COD);
        assertThat(reported).extracting(ParcelEvent::deduplicationKey).doesNotHaveDuplicates();
    }

    @Test
    void aReplayedWebhookIsHandedOverAgainWithTheSameKeyAndAnOutOfOrderOneAsItCame() {
        String orderCode = ghn.booked();
        ghn.advance(orderCode, "picked");
        awaitEvents(orderCode, 2);

        ghn.resendLastWebhook(orderCode);
        ghn.pushWebhook(webhook(orderCode, "picking", "2026-01-01T00:00:00Z", ""));

        List<ParcelEvent> reported = awaitEvents(orderCode, 4);
        assertThat(reported.get(2)).isEqualTo(reported.get(1));
        assertThat(reported.get(3).carrierStatus()).isEqualTo("picking");
        assertThat(reported.get(3).occurredAt()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void aWebhookThatFailedHereReachesTheApplicationWhenGhnSendsItAgain() {
        String orderCode = ghn.booked();
        AtomicBoolean failedOnce = new AtomicBoolean();
        events.whenAnyExchangeReceived(exchange -> {
            if (orderCode.equals(exchange.getMessage().getBody(ParcelEvent.class).carrierOrderCode())
                    && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("database down for a moment");
            }
        });

        ghn.advance(orderCode, "picking");

        assertThat(awaitEvents(orderCode, 2)).extracting(ParcelEvent::carrierStatus).containsExactly("picking",
                "picking");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Boolean.TRUE.equals(webhookAtGhn(orderCode, 1).get("taken")));
        assertThat(webhookAtGhn(orderCode, 1)).containsEntry("attempts", 2);
    }

    /** How the simulator sent the order's webhook number {@code index} (0: the create webhook). */
    private Map<String, Object> webhookAtGhn(String orderCode, int index) {
        return map(((List<?>) ghn.order(orderCode).get("webhooks")).get(index));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private ParcelBooking book(ParcelBookingRequest request) {
        return camel.requestBody("direct:ghn-book", request, ParcelBooking.class);
    }

    private List<ParcelEvent> eventsOf(String orderCode) {
        return events.getExchanges().stream().map(exchange -> exchange.getMessage().getBody(ParcelEvent.class))
                .filter(event -> orderCode.equals(event.carrierOrderCode())).toList();
    }

    private List<ParcelEvent> awaitEvents(String orderCode, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(orderCode).size() >= count);
        return eventsOf(orderCode);
    }

    private static String webhook(String orderCode, String status, String time, String reason) {
        try {
            return JSON.writeValueAsString(Map.ofEntries(Map.entry("Type", "Switch_status"),
                    Map.entry("OrderCode", orderCode), Map.entry("ClientOrderCode", "WEB-1-S1-k1"),
                    Map.entry("Status", status), Map.entry("Reason", reason), Map.entry("ReasonCode", ""),
                    Map.entry("Time", time), Map.entry("ShopID", 2510101), Map.entry("CODAmount", COD),
                    Map.entry("TotalFee", 27_500), Map.entry("Fee", Map.of("MainService", 21_500)),
                    Map.entry("Weight", 1200), Map.entry("Description", "GHN"),
                    Map.entry("IsPartialReturn", false)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> postWebhook(String query, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callbacks/carriers/ghn" + (query.isEmpty() ? "" : "?" + query)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
