package io.o2o.fulfilment.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortTest {

    @Test
    void actionsAreUniqueAcrossSystemsSoAnAdapterEndpointNamesOnePort() {
        assertThat(Arrays.stream(Port.values()).map(Port::action)).doesNotHaveDuplicates();
    }

    @Test
    void aPortIsFoundByTheNameAModelGivesIt() {
        assertThat(Port.named("payment.capture")).isEqualTo(Port.PAYMENT_CAPTURE);
        assertThat(Port.PAYMENT_CAPTURE.adapterEndpointUri("momo")).isEqualTo("direct:momo-capture");
    }
}
