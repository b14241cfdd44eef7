package io.o2o.fulfilment.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST/DELETE /sim/<system>/faults}: arm or clear a fault of one simulated system;
 * {@code GET} shows what is still armed (an empty list once the calls have taken it).
 */
@RestController
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class SimulatedFaultsController {

    private final SimulatedFaults faults;

    SimulatedFaultsController(SimulatedFaults faults) {
        this.faults = faults;
    }

    @PostMapping("/sim/{system}/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void arm(@PathVariable String system, @RequestBody SimulatedFaults.Fault fault) {
        faults.arm(known(system), fault);
    }

    @GetMapping("/sim/{system}/faults")
    List<SimulatedFaults.Fault> armed(@PathVariable String system) {
        return faults.armed(known(system)).stream().toList();
    }

    @DeleteMapping("/sim/{system}/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String system) {
        faults.clear(known(system));
    }

    private String known(String system) {
        if (!faults.systems().contains(system)) {
            throw SimulatorException.notFound("no simulated system '" + system + "' takes faults; these do: "
                    + String.join(", ", faults.systems()));
        }
        return system;
    }
}
