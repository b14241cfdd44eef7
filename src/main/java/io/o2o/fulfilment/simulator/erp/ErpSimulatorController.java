package io.o2o.fulfilment.simulator.erp;

import io.o2o.fulfilment.simulator.IdempotentJournal;
import io.o2o.fulfilment.simulator.SimulatedFaults;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The simulated ERP's REST API under {@code /sim/erp}; see integrations/erp/README.md. */
@RestController
@RequestMapping("/sim/erp")
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class ErpSimulatorController {

    private final ErpSimulator erp;
    private final SimulatedFaults.Switch faults;

    ErpSimulatorController(ErpSimulator erp, SimulatedFaults faults) {
        this.erp = erp;
        this.faults = faults.forSystem("erp");
    }

    /** 201 with the new document; 200 with the first document when the key was seen before. */
    @PostMapping("/sales")
    ResponseEntity<ErpSimulator.PostedSale> post(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @Valid @RequestBody SaleRequest sale) {
        faults.failIfArmed();
        return IdempotentJournal.respond(key, sale.idempotencyKey(), idempotencyKey -> erp.post(idempotencyKey, sale));
    }

    @GetMapping("/sales")
    List<ErpSimulator.PostedSale> sales(@RequestParam(required = false) String orderNumber) {
        return erp.sales(orderNumber);
    }
}
