package io.o2o.fulfilment.simulator.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErpSimulatorTest {

    private final ErpSimulator erp = new ErpSimulator(Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void booksASaleOncePerIdempotencyKey() {
        var first = erp.post("k1", sale("WEB-1", 398_000));
        var repeated = erp.post("k1", sale("WEB-1", 398_000));
        var other = erp.post("k2", sale("WEB-2", 398_000));

        assertThat(first.repeated()).isFalse();
        assertThat(first.value().documentNumber()).isEqualTo("SO-2026-000001");
        assertThat(repeated.repeated()).isTrue();
        assertThat(repeated.value()).isEqualTo(first.value());
        assertThat(other.value().documentNumber()).isEqualTo("SO-2026-000002");
        assertThat(erp.sales("WEB-1")).containsExactly(first.value());
        assertThat(erp.sales(null)).hasSize(2);
    }

    @Test
    void refusesASaleWhoseTotalDoesNotAddUp() {
        assertThatThrownBy(() -> erp.post("k1", sale("WEB-1", 400_000)))
                .hasMessage("422 total 400000 does not match the sum of the lines 398000");
        assertThat(erp.sales(null)).isEmpty();
    }

    private static SaleRequest sale(String orderNumber, long total) {
        return new SaleRequest(null, orderNumber, "HCM-Q1", Instant.parse("2026-03-01T02:00:00Z"), "MOMO", total,
                List.of(new SaleRequest.SaleLine("SKU-1001", "Áo thun cotton trắng", 2, 199_000, 398_000)));
    }
}
