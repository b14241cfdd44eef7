package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.payment.PaymentSettings;
import io.o2o.fulfilment.port.Port;
import org.springframework.stereotype.Component;

/**
 * Which adapter serves a port for an order: the wallet of the order's payment method for
 * {@code payment.*} ports, so two wallets serve orders side by side; the configured adapter of the
 * system for the others. A per-store choice would be made here too.
 */
@Component
class AdapterSelection {

    private final SystemAdapters systems;
    private final PaymentSettings payments;

    AdapterSelection(SystemAdapters systems, PaymentSettings payments) {
        this.systems = systems;
        this.payments = payments;
    }

    String adapterFor(Port port, Order order) {
        if (port.system().equals("payment")) {
            return payments.wallet(order.paymentMethod()).adapter();
        }
        return adapterFor(port);
    }

    /** The configured adapter of a port's system, for calls made for no order in particular (a stock query). */
    String adapterFor(Port port) {
        if (port.system().equals("payment")) {
            throw new IllegalArgumentException(port.portName() + " is served by the wallet of an order");
        }
        String adapter = systems.adapters() == null ? null : systems.adapters().get(port.system());
        if (adapter == null || adapter.isBlank()) {
            throw new IllegalStateException("No adapter configured for '" + port.system() + "': set o2o.adapters."
                    + port.system());
        }
        return adapter;
    }
}
