package io.o2o.fulfilment.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VndTest {

    @Test
    void writesAmountsAsWholeDongAndNothingLeftAsZero() {
        assertThat(Vnd.format(1_250_000)).isEqualTo("1.250.000 ₫");
        assertThat(Vnd.format(0)).isEqualTo("0 ₫");
        assertThat(Vnd.format(-5_000)).isEqualTo("0 ₫");
    }
}
