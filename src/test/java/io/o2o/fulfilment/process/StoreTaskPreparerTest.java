package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreTaskPreparerTest {

    @Test
    void callsTheCustomerByTheGivenName() {
        assertThat(StoreTaskPreparer.firstName("Nguyễn Văn An")).isEqualTo("An");
        assertThat(StoreTaskPreparer.firstName(" Lan ")).isEqualTo("Lan");
    }

    @Test
    void writesAmountsAsWholeDong() {
        assertThat(StoreTaskPreparer.vnd(1_250_000)).isEqualTo("1.250.000 ₫");
        assertThat(StoreTaskPreparer.vnd(0)).isEqualTo("0 ₫");
    }
}
