package io.o2o.fulfilment.integrations.ghn;

import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.CUSTOMER;
import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.booking;
import static io.o2o.fulfilment.integrations.ghn.GhnSimulatorClient.change;

import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.ParcelBookingRequest;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.ParcelTrackRequest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GHN adapter against the GHN simulator over HTTP: quote, book, cancel, return and track. The
 * effects counted at GHN: orders under the booking's client_order_code, and how often an order
 * reached {@code cancel} or {@code waiting_to_return}.
 */
@AdapterRouteTest
class GhnContractTest extends PortContract {

    @Autowired
    ProducerTemplate camel;

    @LocalServerPort
    int port;

    private GhnSimulatorClient ghn;

    @BeforeEach
    void simulator() {
        ghn = new GhnSimulatorClient(port, camel);
    }

    @Override
    protected String adapter() {
        return "ghn";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    @Override
    protected void partnerFails() {
        ghn.fail();
    }

    @Override
    protected void partnerRecovers() {
        ghn.recover();
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(
                ActionContract.of(Port.CARRIER_QUOTE, () -> GhnSimulatorClient.quote(CUSTOMER), null),
                ActionContract.of(Port.CARRIER_BOOK, () -> booking(1200),
                        request -> ghn.orderByClientOrderCode(((ParcelBookingRequest) request).idempotencyKey())
                                .isPresent() ? 1 : 0)
                        .refusedBy(() -> booking(60_000)),
                ActionContract.of(Port.CARRIER_CANCEL, () -> change(ghn.booked()),
                        request -> ghn.times(((ParcelChangeRequest) request).carrierOrderCode(), "cancel"))
                        .refusedBy(() -> change(pickedUp())),
                ActionContract.of(Port.CARRIER_RETURN, () -> change(pickedUp()),
                        request -> ghn.times(((ParcelChangeRequest) request).carrierOrderCode(), "waiting_to_return"))
                        .refusedBy(() -> change(ghn.booked())),
                ActionContract.of(Port.CARRIER_TRACK, () -> new ParcelTrackRequest("HCM-Q1", ghn.booked()), null));
    }

    private String pickedUp() {
        String orderCode = ghn.booked();
        ghn.advance(orderCode, "picked");
        return orderCode;
    }
}
