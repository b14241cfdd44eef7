package io.o2o.fulfilment.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /sim/{momo|zalopay}/callbacks/withhold {"enabled":true}}: stop or resume a wallet's callbacks. */
@RestController
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class CallbackWithholdingController {

    private final CallbackWithholding withholding;

    CallbackWithholdingController(CallbackWithholding withholding) {
        this.withholding = withholding;
    }

    @PostMapping("/sim/{system:momo|zalopay}/callbacks/withhold")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withhold(@PathVariable String system, @RequestBody Switch request) {
        withholding.set(system, request.enabled());
    }

    record Switch(boolean enabled) {
    }
}
