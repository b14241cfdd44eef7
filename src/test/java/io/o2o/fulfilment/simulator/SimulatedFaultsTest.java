package io.o2o.fulfilment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedFaultsTest {

    private final SimulatedFaults faults = new SimulatedFaults();
    private final SimulatedFaults.Switch wms = faults.forSystem("wms");
    private final SimulatedFaults.Switch erp = faults.forSystem("erp");

    @Test
    void failsTheNextCallsOfThatSystemOnly() {
        faults.arm("wms", new SimulatedFaults.Fault(2, 503, "store system offline", 0));

        assertThatCode(erp::failIfArmed).doesNotThrowAnyException();
        assertThatThrownBy(wms::failIfArmed).hasMessage("503 store system offline");
        assertThatThrownBy(wms::failIfArmed).hasMessage("503 store system offline");
        assertThatCode(wms::failIfArmed).doesNotThrowAnyException();
    }

    @Test
    void clearingEndsTheFault() {
        faults.arm("erp", new SimulatedFaults.Fault(0, 0, null, 0));
        faults.clear("erp");

        assertThatCode(erp::failIfArmed).doesNotThrowAnyException();
    }

    @Test
    void aDelayWithoutStatusSlowsTheNextCallsWithoutFailingThem() {
        faults.arm("wms", new SimulatedFaults.Fault(1, 0, null, 300));

        long started = System.nanoTime();
        assertThatCode(wms::failIfArmed).doesNotThrowAnyException();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThatCode(wms::failIfArmed).doesNotThrowAnyException();
    }

    @Test
    void theSystemsAreThoseWhoseSimulatorsTookASwitch() {
        assertThat(faults.systems()).containsExactlyInAnyOrder("wms", "erp");
    }
}
