package io.o2o.fulfilment.simulator.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.o2o.fulfilment.simulator.SimulatorException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WmsSimulatorTest {

    private final WmsSimulator wms = new WmsSimulator();

    WmsSimulatorTest() {
        wms.setOnHand("HCM-Q1", "SKU-1001", 10);
        wms.setOnHand("HCM-Q1", "SKU-1002", 1);
    }

    @Test
    void reservesAllLinesAndLowersAvailableStock() {
        var outcome = wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 4), new Line("SKU-1002", 1)));

        assertThat(outcome.reservation().status()).isEqualTo(Reservation.Status.RESERVED);
        assertThat(wms.stock("HCM-Q1", "SKU-1001")).isEqualTo(new WmsSimulator.StockView("HCM-Q1", "SKU-1001", 10, 4, 6));
        assertThat(wms.stock("HCM-Q1", "SKU-1002").available()).isZero();
    }

    @Test
    void aShortageOnOneLineReservesNothing() {
        var outcome = wms.reserve("k1", "WEB-1", "HCM-Q1",
                List.of(new Line("SKU-1001", 4), new Line("SKU-1002", 3), new Line("SKU-9999", 1)));

        assertThat(outcome.reservation()).isNull();
        assertThat(outcome.shortages()).containsExactly(new Line("SKU-1002", 2), new Line("SKU-9999", 1));
        assertThat(wms.stock("HCM-Q1", "SKU-1001").reserved()).isZero();
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerWithoutHoldingTwice() {
        var first = wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 4)));
        var again = wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 4)));

        assertThat(again).isEqualTo(first);
        assertThat(wms.stock("HCM-Q1", "SKU-1001").reserved()).isEqualTo(4);
    }

    @Test
    void concurrentOrdersNeverOversell() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<WmsSimulator.ReserveOutcome>> orders = IntStream.range(0, 200)
                    .<Callable<WmsSimulator.ReserveOutcome>>mapToObj(i -> () -> wms.reserve("order-" + i, "WEB-" + i,
                            "HCM-Q1", List.of(new Line("SKU-1001", 3))))
                    .toList();
            long reserved = 0;
            for (Future<WmsSimulator.ReserveOutcome> outcome : pool.invokeAll(orders)) {
                reserved += outcome.get().reservation() != null ? 1 : 0;
            }

            assertThat(reserved).isEqualTo(3);
            assertThat(wms.stock("HCM-Q1", "SKU-1001")).isEqualTo(new WmsSimulator.StockView("HCM-Q1", "SKU-1001", 10, 9, 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void releasesPartOfAHoldOnceThenTheRest() {
        String id = wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 5))).reservation().reservationId();

        var partly = wms.release("r1", id, List.of(new Line("SKU-1001", 2)));
        wms.release("r1", id, List.of(new Line("SKU-1001", 2)));

        assertThat(partly.status()).isEqualTo(Reservation.Status.RESERVED);
        assertThat(partly.lines()).containsExactly(new Line("SKU-1001", 3));
        assertThat(wms.stock("HCM-Q1", "SKU-1001").reserved()).isEqualTo(3);

        var all = wms.release("r2", id, null);
        assertThat(all.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(wms.stock("HCM-Q1", "SKU-1001")).isEqualTo(new WmsSimulator.StockView("HCM-Q1", "SKU-1001", 10, 0, 10));
    }

    @Test
    void commitTakesTheCommittedLinesFromOnHandAndFreesTheRest() {
        String id = wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 5), new Line("SKU-1002", 1)))
                .reservation().reservationId();

        var committed = wms.commit("c1", id, List.of(new Line("SKU-1001", 4)));
        wms.commit("c2", id, List.of(new Line("SKU-1001", 4)));

        assertThat(committed.status()).isEqualTo(Reservation.Status.COMMITTED);
        assertThat(committed.committedLines()).containsExactly(new Line("SKU-1001", 4));
        assertThat(wms.stock("HCM-Q1", "SKU-1001")).isEqualTo(new WmsSimulator.StockView("HCM-Q1", "SKU-1001", 6, 0, 6));
        assertThat(wms.stock("HCM-Q1", "SKU-1002")).isEqualTo(new WmsSimulator.StockView("HCM-Q1", "SKU-1002", 1, 0, 1));
    }

    @Test
    void refusesToCommitMoreThanHeldOrAfterRelease() {
        String id = wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 2))).reservation().reservationId();

        assertThatThrownBy(() -> wms.commit("c1", id, List.of(new Line("SKU-1001", 3))))
                .isInstanceOf(SimulatorException.class)
                .hasMessage("409 cannot commit 3 x SKU-1001: reservation %s holds 2".formatted(id));
        wms.release("r1", id, null);
        assertThatThrownBy(() -> wms.commit("c2", id, null)).hasMessageContaining("was released");
        assertThatThrownBy(() -> wms.release("r2", "RSV-404", null)).hasMessage("404 unknown reservation RSV-404");
    }

    @Test
    void availabilityIsOnHandLessHeldPerStoreAndSku() {
        wms.setOnHand("HN-HK", "SKU-1001", 3);
        wms.reserve("k1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1001", 4)));

        var available = wms.availability(List.of("SKU-1001", "SKU-1002", "SKU-9999"), List.of("HCM-Q1", "XX-NONE"));

        assertThat(available).containsExactly(new WmsSimulator.StoreAvailability("HCM-Q1",
                Map.of("SKU-1001", 6, "SKU-1002", 1, "SKU-9999", 0)));
        assertThat(wms.availability(List.of("SKU-1001"), List.of())).extracting(WmsSimulator.StoreAvailability::storeId)
                .containsExactly("HCM-Q1", "HN-HK");
    }

    @Test
    void aRestockAddsToOnHandOncePerKey() {
        var first = wms.restock("s1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1002", 2), new Line("SKU-1003", 1)));
        var again = wms.restock("s1", "WEB-1", "HCM-Q1", List.of(new Line("SKU-1002", 2), new Line("SKU-1003", 1)));

        assertThat(first.repeated()).isFalse();
        assertThat(first.value().restockId()).isEqualTo("RST-000001");
        assertThat(again.repeated()).isTrue();
        assertThat(again.value()).isEqualTo(first.value());
        assertThat(wms.stock("HCM-Q1", "SKU-1002")).isEqualTo(new WmsSimulator.StockView("HCM-Q1", "SKU-1002", 3, 0, 3));
        assertThat(wms.stock("HCM-Q1", "SKU-1003").onHand()).isEqualTo(1);
        assertThat(wms.restocksOf("WEB-1")).containsExactly(first.value());
        assertThatThrownBy(() -> wms.restock("s2", "WEB-1", "XX-NONE", List.of(new Line("SKU-1002", 1))))
                .hasMessage("404 unknown store XX-NONE");
    }
}
