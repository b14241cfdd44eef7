package io.o2o.fulfilment.simulator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulatedFaultsTest {

    private final SimulatedFaults faults = new SimulatedFaults();

    @Test
    void failsTheNextCallsOfThatSystemOnly() {
        faults.arm("wms", new SimulatedFaults.Fault(2, 503, "store system offline"));

        assertThatCode(() -> faults.failIfArmed("erp")).doesNotThrowAnyException();
        assertThatThrownBy(() -> faults.failIfArmed("wms")).hasMessage("503 store system offline");
        assertThatThrownBy(() -> faults.failIfArmed("wms")).hasMessage("503 store system offline");
        assertThatCode(() -> faults.failIfArmed("wms")).doesNotThrowAnyException();
    }

    @Test
    void clearingEndsTheFault() {
        faults.arm("erp", new SimulatedFaults.Fault(0, 0, null));
        faults.clear("erp");

        assertThatCode(() -> faults.failIfArmed("erp")).doesNotThrowAnyException();
    }
}
