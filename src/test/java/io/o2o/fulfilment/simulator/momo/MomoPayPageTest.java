package io.o2o.fulfilment.simulator.momo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MomoPayPageTest {

    @Test
    void theResultPageTellsAPaymentFromAHoldAndARefusal() {
        assertThat(MomoPayPage.resultPage(Map.of("resultCode", 0))).contains("Paid").doesNotContain("Not paid");
        assertThat(MomoPayPage.resultPage(Map.of("resultCode", 9000))).contains("Money held until you collect")
                .doesNotContain("Not paid");
        assertThat(MomoPayPage.resultPage(Map.of("resultCode", 1006))).contains("Not paid");
    }
}
