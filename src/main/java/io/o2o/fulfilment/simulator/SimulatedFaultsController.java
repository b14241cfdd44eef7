package io.o2o.fulfilment.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST/DELETE /sim/{wms|erp|notify|momo|zalopay}/faults}: arm or clear a fault of one simulated system. */
@RestController
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class SimulatedFaultsController {

    private final SimulatedFaults faults;

    SimulatedFaultsController(SimulatedFaults faults) {
        this.faults = faults;
    }

    @PostMapping("/sim/{system:wms|erp|notify|momo|zalopay}/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void arm(@PathVariable String system, @RequestBody SimulatedFaults.Fault fault) {
        faults.arm(system, fault);
    }

    @DeleteMapping("/sim/{system:wms|erp|notify|momo|zalopay}/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String system) {
        faults.clear(system);
    }
}
