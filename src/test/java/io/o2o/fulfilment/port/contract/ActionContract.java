package io.o2o.fulfilment.port.contract;

import io.o2o.fulfilment.port.Port;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What an adapter shows the kit about one port action it serves: a request that should succeed
 * (made fresh on each call, setting up the partner's state if it needs any), optionally one the
 * partner refuses for a business reason, and optionally how many effects the partner shows for a
 * request (payments made, stock held, messages sent), so that a repeated call can be seen to have
 * none. Requests are the port's records.
 */
public record ActionContract(Port port, Supplier<Object> sample, Supplier<Object> refused,
        ToLongFunction<Object> effects) {

    /** An action without a business refusal whose effects the partner shows. */
    public static ActionContract of(Port port, Supplier<Object> sample, ToLongFunction<Object> effects) {
        return new ActionContract(port, sample, null, effects);
    }

    public ActionContract refusedBy(Supplier<Object> refused) {
        return new ActionContract(port, sample, refused, effects);
    }
}
