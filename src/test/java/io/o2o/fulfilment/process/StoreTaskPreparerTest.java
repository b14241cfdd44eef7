package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreTaskPreparerTest {

    @Test
    void callsTheCustomerByTheGivenName() {
        assertThat(StoreTaskPreparer.firstName("Nguyễn Văn An")).isEqualTo("An");
        assertThat(StoreTaskPreparer.firstName(" Lan ")).isEqualTo("Lan");
    }
}
