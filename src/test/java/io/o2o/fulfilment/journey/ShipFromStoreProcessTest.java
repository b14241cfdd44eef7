package io.o2o.fulfilment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.o2o.fulfilment.callback.ParcelCallbacks;
import io.o2o.fulfilment.order.Customer;
import io.o2o.fulfilment.order.DeliveryAddress;
import io.o2o.fulfilment.order.FulfilmentType;
import io.o2o.fulfilment.order.NewOrder;
import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderStatus;
import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.ShipmentStatus;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelState;
import io.o2o.fulfilment.process.JourneyVariables;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The ship-from-store models on the real engine (in-memory database) with the real glue, order
 * domain and sourcing table; only the external systems are scripted. Carrier reports enter through
 * the same callback handling as GHN's webhooks. Jobs are run by the test, one by one.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=process-test",
        "spring.datasource.url=jdbc:h2:mem:ship-from-store-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
        "camunda.bpm.job-execution.enabled=false",
        "o2o.callbacks.redelivery-interval=PT0.2S",
        "o2o.payment.wallets.MOMO.adapter=scripted", "o2o.payment.wallets.ZALOPAY.adapter=scripted",
        "o2o.payment.capture=at-order",
        "o2o.adapters.wms=scripted", "o2o.adapters.erp=scripted", "o2o.adapters.notify=scripted",
        "o2o.adapters.carrier=scripted"})
@Import(ProcessTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShipFromStoreProcessTest extends JourneyTestSupport {

    private static final AtomicInteger REPORTS = new AtomicInteger();

    @Autowired
    ShipmentService shipments;
    @Autowired
    ParcelCallbacks parcelCallbacks;

    @BeforeEach
    void stockTheHanoiStores() {
        for (String store : List.of("HN-HK", "HN-CG", "HCM-Q1", "HCM-Q7")) {
            for (String sku : List.of("SKU-1001", "SKU-1003", "SKU-1014")) {
                adapters.stock(store, sku, 20);
            }
        }
        adapters.stock("HN-HK", "SKU-1019", 5);
        adapters.stock("HN-CG", "SKU-1010", 5);
    }

    @Test
    void aPaidOrderShipsFromTheNearestStoreAndIsDeliveredSoldAndToldAboutOnce() {
        ProcessInstance pi = placeDelivery(PaymentMethod.MOMO, Map.of("SKU-1001", 2));
        runJobs();
        Shipment parcel = onlyParcel(pi);
        assertThat(parcel.storeId()).as("Hoàn Kiếm is nearest to a Hoàn Kiếm address").isEqualTo("HN-HK");
        assertThat(adapters.calls("reserve")).singleElement().satisfies(r -> assertThat(r.get("storeId")).isEqualTo("HN-HK"));
        pay(pi, order(pi).payableAmount());

        Task pick = taskOf(parcel, "UserTask_PickOrder");
        assertThat(tasks.getIdentityLinksForTask(pick.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("store-hn-hk"));
        tasks.complete(pick.getId());
        runJobs();
        Task pack = taskOf(parcel, "UserTask_PackParcel");
        assertThat(tasks.getVariableLocal(pack.getId(), "estimatedWeightGrams")).isEqualTo(500);
        assertThatThrownBy(() -> tasks.complete(pack.getId(), size(0)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("1 đến 50000");
        tasks.complete(pack.getId(), size(620));
        runJobs();
        assertThat(adapters.calls("book")).singleElement().satisfies(b -> {
            assertThat(b.get("storeId")).isEqualTo("HN-HK");
            assertThat(b.get("codAmount")).isEqualTo(0);
            assertThat(((Map<?, ?>) b.get("size")).get("weightGrams")).isEqualTo(620);
            assertThat(((Map<?, ?>) b.get("to")).get("district")).isEqualTo("Hoàn Kiếm");
        });
        handOver(parcel);
        parcel = shipments.get(parcel.shipmentId());
        assertThat(parcel.status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(adapters.calls("commit")).hasSize(1);

        report(parcel, "picked", ParcelState.PICKED_UP, 0);
        report(parcel, "delivering", ParcelState.OUT_FOR_DELIVERY, 0);
        report(parcel, "delivering", ParcelState.OUT_FOR_DELIVERY, 0);
        deliver(parcel, 0);

        assertThat(pi).isEnded().hasPassed("EndEvent_OrderSettled");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(adapters.calls("post-sale")).singleElement().satisfies(s -> assertThat(s.get("storeId")).isEqualTo("HN-HK"));
        assertThat(templatesSent()).containsExactly("SHIPPING_PLAN", "PARCEL_SHIPPED", "PARCEL_OUT_FOR_DELIVERY",
                "PARCEL_DELIVERED");
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("book")).hasSize(1);
    }

    @Test
    void anOrderNoStoreHasWholeIsSplitIntoOneParcelPerStoreEachDeliveredAndPaidInCash() {
        ProcessInstance pi = placeDelivery(PaymentMethod.CASH_ON_DELIVERY, Map.of("SKU-1010", 1, "SKU-1019", 2));
        runJobs();
        List<Shipment> parcels = shipments.of(pi.getBusinessKey());
        assertThat(parcels).extracting(Shipment::storeId).containsExactlyInAnyOrder("HN-CG", "HN-HK");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(adapters.calls("reserve")).extracting(r -> r.get("storeId")).containsExactlyInAnyOrder("HN-CG", "HN-HK");
        assertThat(adapters.calls("reserve")).extracting(r -> r.get("idempotencyKey")).doesNotHaveDuplicates();
        assertThat(adapters.calls("customer")).singleElement().satisfies(n ->
                assertThat(((Map<?, ?>) n.get("parameters")).get("parcelCount")).isEqualTo("2"));

        for (Shipment parcel : parcels) {
            shipUpToTheCarrier(parcel);
        }
        Shipment first = shipments.get(parcels.get(0).shipmentId());
        Shipment second = shipments.get(parcels.get(1).shipmentId());
        assertThat(first.codAmount() + second.codAmount()).isEqualTo(order(pi).totalAmount());
        deliver(first, first.codAmount());
        assertThat(pi).as("the order waits for its other parcel").isNotEnded();
        deliver(second, second.codAmount());

        assertThat(pi).isEnded().hasPassed("EndEvent_OrderSettled");
        Order order = order(pi);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.paidAmount()).isEqualTo(order.totalAmount());
        assertThat(adapters.calls("post-sale")).extracting(s -> s.get("storeId")).containsExactlyInAnyOrder("HN-CG", "HN-HK");
        assertThat(adapters.calls("capture")).isEmpty();
    }

    @Test
    void aParcelThatFailsThreeTimesGoesBackToItsStoreIsRestockedOnceAndRefunded() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1003", 1));
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        failEveryAttempt(parcel);
        assertThat(templatesSent()).containsSubsequence("DELIVERY_FAILED", "DELIVERY_FAILED", "PARCEL_RETURNING");
        assertThat(adapters.calls("return")).as("asked back once, after the third failure").hasSize(1);
        report(parcel, "returning", ParcelState.RETURNING, 0);
        adapters.parcel(parcel.carrierOrderCode(), "returned", "RETURNED", 0);
        report(parcel, "returned", ParcelState.RETURNED, 0);

        Task receive = taskOf(parcel, "UserTask_ReceiveReturnedParcel");
        assertThat(tasks.getVariableLocal(receive.getId(), "returnReason")).asString().contains("3 failed deliveries");
        assertThatThrownBy(() -> tasks.complete(receive.getId(), Map.of("parcelCondition", "DAMAGED")))
                .isInstanceOf(FormFieldValidationException.class);
        tasks.complete(receive.getId(), Map.of("parcelCondition", "INTACT"));
        runJobs();

        assertThat(pi).isEnded();
        assertThat(adapters.restocks()).singleElement().satisfies(r -> assertThat(r.get("storeId")).isEqualTo("HN-HK"));
        Order order = order(pi);
        assertThat(order.status()).isEqualTo(OrderStatus.NOT_DELIVERED);
        assertThat(adapters.calls("refund")).singleElement().satisfies(r ->
                assertThat(((Number) r.get("amount")).longValue()).isEqualTo(order.totalAmount()));
        assertThat(order.netPaid()).isZero();
    }

    @Test
    void replayedStaleAndUnknownCarrierReportsChangeNothing() {
        ProcessInstance pi = placeDelivery(PaymentMethod.CASH_ON_DELIVERY, Map.of("SKU-1014", 1));
        runJobs();
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        ParcelEvent outForDelivery = event(parcel, "delivering", ParcelState.OUT_FOR_DELIVERY, 0);
        parcelCallbacks.accept(outForDelivery);
        runJobs();
        parcelCallbacks.accept(outForDelivery);
        report(parcel, "picked", ParcelState.PICKED_UP, 0);
        runJobs();
        assertThat(shipments.get(parcel.shipmentId()).parcelState()).isEqualTo(ParcelState.OUT_FOR_DELIVERY);
        assertThat(templatesSent()).containsOnlyOnce("PARCEL_OUT_FOR_DELIVERY");

        assertThatThrownBy(() -> parcelCallbacks.accept(new ParcelEvent("scripted", "GHNUNKNOWN", null, "delivered",
                ParcelState.DELIVERED, Instant.now(), 0, null, "scripted:unknown"))).isInstanceOf(CallbackRejectedException.class);

        // a report of delivery the carrier's own record does not bear out is not acted on
        adapters.parcel(parcel.carrierOrderCode(), "delivering", "OUT_FOR_DELIVERY", 0);
        report(parcel, "delivered", ParcelState.DELIVERED, 999_999);
        assertThat(shipments.get(parcel.shipmentId()).status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(pi).isNotEnded();

        deliver(parcel, parcel.codAmount());
        assertThat(pi).isEnded();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void cashCollectedThatDiffersFromTheParcelGoesToOps() {
        ProcessInstance pi = placeDelivery(PaymentMethod.CASH_ON_DELIVERY, Map.of("SKU-1001", 1));
        runJobs();
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        deliver(parcel, parcel.codAmount() - 10_000);

        Task check = tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
                .taskDefinitionKey("UserTask_CheckCodAmount").singleResult();
        assertThat(tasks.getIdentityLinksForTask(check.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("ops"));
        tasks.complete(check.getId(), Map.of("codResolution", "CARRIER_OWES", "codNote", "GHN pays the 10.000 ₫ next week"));
        runJobs();
        assertThat(pi).isEnded();
        assertThat(orders.timeline(pi.getBusinessKey())).anySatisfy(e -> assertThat(e.description()).contains("CARRIER_OWES"));
    }

    @Test
    void aShortPickIsSourcedAgainFromAnotherStoreBeforeAnythingIsRefunded() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 2));
        Shipment parcel = onlyParcel(pi);
        Task pick = taskOf(parcel, "UserTask_PickOrder");
        tasks.complete(pick.getId(), Map.of(JourneyVariables.PICKED_QUANTITIES, "{\"SKU-1001\":1}",
                JourneyVariables.SHORT_PICK_REASONS, "{\"SKU-1001\":\"DAMAGED\"}"));
        runJobs();

        List<Shipment> parcels = shipments.of(pi.getBusinessKey());
        assertThat(parcels).hasSize(2);
        Shipment replacement = parcels.get(1);
        assertThat(replacement.storeId()).isEqualTo("HN-CG");
        assertThat(replacement.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(1));
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("release")).singleElement().satisfies(r -> assertThat(r.get("storeId")).isEqualTo("HN-HK"));

        packAndHandOver(parcel);
        assertThat(adapters.calls("book").get(0).get("items")).asList().singleElement()
                .satisfies(item -> assertThat(((Map<?, ?>) item).get("quantity")).isEqualTo(1));
        deliver(parcel, 0);
        deliver(shipUpToTheCarrier(replacement), 0);
        assertThat(pi).isEnded();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(adapters.calls("refund")).isEmpty();
    }

    @Test
    void cancellingBeforeTheCourierComesCancelsTheBookingReleasesStockAndRefundsOnce() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 1));
        Shipment parcel = onlyParcel(pi);
        tasks.complete(taskOf(parcel, "UserTask_PickOrder").getId());
        runJobs();
        tasks.complete(taskOf(parcel, "UserTask_PackParcel").getId(), size(300));
        runJobs();

        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_CancelledOnRequest");
        assertThat(adapters.calls("cancel")).hasSize(1);
        assertThat(adapters.calls("release")).singleElement().satisfies(r -> assertThat(r.get("storeId")).isEqualTo("HN-HK"));
        assertThat(adapters.calls("refund")).hasSize(1);
        assertThat(shipments.get(parcel.shipmentId()).status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).count()).isZero();
    }

    @Test
    void cancellingAfterTheCourierHasItBringsItBackToTheStoreBeforeTheMoneyGoesBack() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 1));
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));

        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();
        assertThat(adapters.calls("return")).hasSize(1);
        assertThat(adapters.calls("refund")).as("not before the parcel is back").isEmpty();
        adapters.parcel(parcel.carrierOrderCode(), "returned", "RETURNED", 0);
        report(parcel, "returned", ParcelState.RETURNED, 0);
        Task receive = taskOf(parcel, "UserTask_ReceiveReturnedParcel");
        assertThat(tasks.getVariableLocal(receive.getId(), "returnReason")).asString().contains("cancelled");
        tasks.complete(receive.getId(), Map.of("parcelCondition", "INTACT"));
        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_CancelledOnRequest");
        assertThat(adapters.restocks()).hasSize(1);
        assertThat(adapters.calls("release")).as("stock that left the store is restocked, not released").isEmpty();
        assertThat(adapters.calls("refund")).hasSize(1);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aLostParcelIsRefundedAndClaimedByOps() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1014", 1));
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        adapters.parcel(parcel.carrierOrderCode(), "lost", "LOST", 0);
        report(parcel, "lost", ParcelState.LOST, 0);

        assertThat(adapters.calls("refund")).hasSize(1);
        assertThat(templatesSent()).contains("PARCEL_LOST");
        Task claim = tasks.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
                .taskDefinitionKey("UserTask_HandleLostParcel").singleResult();
        tasks.complete(claim.getId(), Map.of("claimReference", "GHN-CLAIM-778"));
        runJobs();
        assertThat(pi).isEnded();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.NOT_DELIVERED);
        assertThat(adapters.calls("refund")).as("refunded once, with the parcel").hasSize(1);
    }

    @Test
    void aCourierWhoTakesTheParcelBeforeTheStoreConfirmsMovesItOnAndTheConfirmationStillCloses() {
        ProcessInstance pi = placeDelivery(PaymentMethod.CASH_ON_DELIVERY, Map.of("SKU-1001", 1));
        runJobs();
        Shipment parcel = onlyParcel(pi);
        tasks.complete(taskOf(parcel, "UserTask_PickOrder").getId());
        runJobs();
        tasks.complete(taskOf(parcel, "UserTask_PackParcel").getId(), size(300));
        runJobs();
        parcel = shipments.get(parcel.shipmentId());

        report(parcel, "picked", ParcelState.PICKED_UP, 0);
        assertThat(shipments.get(parcel.shipmentId()).status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.SHIPPED);
        handOver(parcel);
        deliver(parcel, shipments.get(parcel.shipmentId()).codAmount());
        assertThat(pi).isEnded();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void aParcelAskedBackButDeliveredAfterAllIsSoldNotRefunded() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1014", 1));
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        failEveryAttempt(parcel);
        report(parcel, "waiting_to_return", ParcelState.RETURNING, 0);
        deliver(parcel, 0);

        assertThat(pi).isEnded();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(adapters.calls("refund")).isEmpty();
        assertThat(adapters.calls("post-sale")).hasSize(1);
    }

    @Test
    void aReportOlderThanTheLastOneAppliedChangesNothing() {
        ProcessInstance pi = placeDelivery(PaymentMethod.CASH_ON_DELIVERY, Map.of("SKU-1014", 1));
        runJobs();
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        Instant failedAt = Instant.now();
        parcelCallbacks.accept(new ParcelEvent("scripted", parcel.carrierOrderCode(), null, "delivery_fail",
                ParcelState.DELIVERY_FAILED, failedAt, 0, "Vắng nhà", "scripted:late:1"));
        runJobs();
        parcelCallbacks.accept(new ParcelEvent("scripted", parcel.carrierOrderCode(), null, "delivering",
                ParcelState.OUT_FOR_DELIVERY, failedAt.minusSeconds(600), 0, null, "scripted:late:2"));
        runJobs();
        assertThat(shipments.get(parcel.shipmentId()).parcelState()).isEqualTo(ParcelState.DELIVERY_FAILED);
        assertThat(templatesSent()).doesNotContain("PARCEL_OUT_FOR_DELIVERY");
    }

    @Test
    void cancellingAfterAParcelCameBackStillReceivesAndRestocksIt() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1003", 1));
        Shipment parcel = shipUpToTheCarrier(onlyParcel(pi));
        failEveryAttempt(parcel);
        adapters.parcel(parcel.carrierOrderCode(), "returned", "RETURNED", 0);
        report(parcel, "returned", ParcelState.RETURNED, 0);
        taskOf(parcel, "UserTask_ReceiveReturnedParcel");

        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();
        Task receive = taskOf(parcel, "UserTask_ReceiveReturnedParcel");
        tasks.complete(receive.getId(), Map.of("parcelCondition", "INTACT"));
        runJobs();

        assertThat(pi).isEnded().hasPassed("EndEvent_CancelledOnRequest");
        assertThat(adapters.restocks()).hasSize(1);
        assertThat(adapters.calls("refund")).hasSize(1);
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aBookingThatReachedTheCarrierWhileItsJobFailedIsFoundAndCancelledWhenTheCustomerCancels() {
        ProcessInstance pi = placedAndPaid(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 1));
        Shipment parcel = onlyParcel(pi);
        tasks.complete(taskOf(parcel, "UserTask_PickOrder").getId());
        runJobs();
        // the carrier takes the booking, but the answer never comes back to the job
        adapters.answer("book", r -> {
            throw new IllegalStateException("connection reset after the carrier booked " + r.get("idempotencyKey"));
        });
        tasks.complete(taskOf(parcel, "UserTask_PackParcel").getId(), size(300));
        runJobsLeavingFailuresBehind();
        String key = shipments.get(parcel.shipmentId()).bookingKey();
        assertThat(key).as("kept before the carrier was asked").isNotNull();
        assertThat(shipments.get(parcel.shipmentId()).booked()).isFalse();

        adapters.reset();
        stockTheHanoiStores();
        assertThat(journeys.requestCancellation(pi.getBusinessKey())).isTrue();
        runJobs();

        assertThat(adapters.calls("book")).singleElement().satisfies(b -> assertThat(b.get("idempotencyKey")).isEqualTo(key));
        assertThat(adapters.calls("cancel")).hasSize(1);
        assertThat(shipments.get(parcel.shipmentId()).status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(pi).isEnded().hasPassed("EndEvent_CancelledOnRequest");
        assertThat(adapters.calls("refund")).hasSize(1);
    }

    @Test
    void aStoreThatCanNoLongerHoldTheStockIsReplacedByAnotherBeforeTheCustomerPays() {
        adapters.answer("reserve", r -> "HN-HK".equals(r.get("storeId"))
                ? Map.of("outcome", "OUT_OF_STOCK", "shortages", List.of(Map.of("sku", "SKU-1001", "quantity", 1)))
                : Map.of("outcome", "RESERVED", "reservationId", "RES-" + r.get("storeId")));
        ProcessInstance pi = placeDelivery(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 1));
        runJobs();

        assertThat(shipments.of(pi.getBusinessKey())).extracting(Shipment::storeId, Shipment::status)
                .containsExactly(tuple("HN-HK", ShipmentStatus.NOT_SHIPPED), tuple("HN-CG", ShipmentStatus.RESERVED));
        assertThat(adapters.calls("create")).as("the customer is asked to pay only once stock is held").hasSize(1);
        pay(pi, order(pi).payableAmount());
        Shipment parcel = shipments.of(pi.getBusinessKey()).get(1);
        deliver(shipUpToTheCarrier(parcel), 0);
        assertThat(pi).isEnded();
        assertThat(order(pi).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void anOrderNoStoreCanHoldAnyMoreIsCancelledWithNothingHeldAndNoPaymentAsked() {
        adapters.answer("reserve", r -> Map.of("outcome", "OUT_OF_STOCK",
                "shortages", List.of(Map.of("sku", "SKU-1001", "quantity", 1))));
        ProcessInstance pi = placeDelivery(PaymentMethod.ZALOPAY, Map.of("SKU-1001", 1));
        runJobs();

        assertThat(pi).isEnded().hasPassed("CallActivity_CancelOutOfStock");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(adapters.calls("reserve")).extracting(r -> r.get("storeId")).containsExactlyInAnyOrder("HN-HK", "HN-CG");
        assertThat(adapters.calls("create")).isEmpty();
        assertThat(adapters.calls("release")).isEmpty();
    }

    @Test
    void anOrderNoStoreCanShipIsCancelled() {
        ProcessInstance pi = placeDelivery(PaymentMethod.CASH_ON_DELIVERY, Map.of("SKU-1012", 1));
        runJobs();
        assertThat(pi).isEnded().hasPassed("CallActivity_CancelNotAvailable");
        assertThat(order(pi).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(adapters.calls("reserve")).isEmpty();
    }

    private ProcessInstance placeDelivery(PaymentMethod method, Map<String, Integer> quantities) {
        var products = catalogue.findBySkus(quantities.keySet());
        List<NewOrder.Item> items = new LinkedHashMap<>(quantities).entrySet().stream()
                .map(e -> new NewOrder.Item(products.get(e.getKey()), e.getValue())).toList();
        String orderNumber = transaction.execute(status -> {
            Order order = orders.place(new NewOrder(new Customer("Phạm Văn Giao", "0912345678", "giao@example.vn"),
                    FulfilmentType.SHIP_FROM_STORE, null, method, items,
                    new DeliveryAddress("Phạm Văn Giao", "0912345678", "12 Tràng Tiền", "Tràng Tiền", "Hoàn Kiếm", "Hà Nội")))
                    .order();
            payments.open(order);
            journeys.start(order);
            return order.orderNumber();
        });
        return runtime.createProcessInstanceQuery().processDefinitionKey(JourneyVariables.SHIP_FROM_STORE)
                .processInstanceBusinessKey(orderNumber).singleResult();
    }

    /** Placed, sourced, stock held and paid through the wallet's notification. */
    private ProcessInstance placedAndPaid(PaymentMethod method, Map<String, Integer> quantities) {
        ProcessInstance pi = placeDelivery(method, quantities);
        runJobs();
        pay(pi, order(pi).payableAmount());
        return pi;
    }

    /** The courier tries and fails as often as the carrier is allowed to try (three times). */
    private void failEveryAttempt(Shipment parcel) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            report(parcel, "delivering", ParcelState.OUT_FOR_DELIVERY, 0);
            report(parcel, "delivery_fail", ParcelState.DELIVERY_FAILED, 0);
        }
    }

    private Shipment onlyParcel(ProcessInstance pi) {
        List<Shipment> parcels = shipments.of(pi.getBusinessKey());
        assertThat(parcels).hasSize(1);
        return parcels.get(0);
    }

    /** Pick in full, pack, book and hand to the courier. */
    private Shipment shipUpToTheCarrier(Shipment parcel) {
        tasks.complete(taskOf(parcel, "UserTask_PickOrder").getId());
        runJobs();
        return packAndHandOver(parcel);
    }

    private Shipment packAndHandOver(Shipment parcel) {
        tasks.complete(taskOf(parcel, "UserTask_PackParcel").getId(), size(800));
        runJobs();
        handOver(parcel);
        return shipments.get(parcel.shipmentId());
    }

    private void handOver(Shipment parcel) {
        Task hand = taskOf(parcel, "UserTask_HandToCarrier");
        assertThat(tasks.getVariableLocal(hand.getId(), "labelUrl")).isEqualTo("/api/shipments/" + parcel.shipmentId() + "/label");
        assertThatThrownBy(() -> tasks.complete(hand.getId(), Map.of("labelAttached", true, "handedToCourier", false)))
                .isInstanceOf(FormFieldValidationException.class);
        tasks.complete(hand.getId(), Map.of("labelAttached", true, "handedToCourier", true));
        runJobs();
    }

    private void deliver(Shipment parcel, long cod) {
        String code = shipments.get(parcel.shipmentId()).carrierOrderCode();
        adapters.parcel(code, "delivered", "DELIVERED", cod);
        report(shipments.get(parcel.shipmentId()), "delivered", ParcelState.DELIVERED, cod);
    }

    private void report(Shipment parcel, String status, ParcelState state, long cod) {
        parcelCallbacks.accept(event(shipments.get(parcel.shipmentId()), status, state, cod));
        runJobs();
    }

    private static ParcelEvent event(Shipment parcel, String status, ParcelState state, long cod) {
        return new ParcelEvent("scripted", parcel.carrierOrderCode(), null, status, state, Instant.now(), cod,
                state == ParcelState.DELIVERY_FAILED ? "Khách không nghe máy" : null,
                "scripted:" + parcel.carrierOrderCode() + ":" + status + ":" + REPORTS.incrementAndGet());
    }

    private Task taskOf(Shipment parcel, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(parcel.orderNumber()).taskDefinitionKey(taskKey).list()
                .stream()
                .filter(t -> parcel.shipmentId().equals(runtime.getVariable(t.getExecutionId(), JourneyVariables.SHIPMENT_ID)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + taskKey + " for parcel " + parcel.shipmentId()));
    }

    private static Map<String, Object> size(int grams) {
        return Map.of("weightGrams", grams, "lengthCm", 30, "widthCm", 20, "heightCm", 10);
    }

    private List<Object> templatesSent() {
        return adapters.calls("customer").stream().map(n -> n.get("template")).toList();
    }
}
