package io.o2o.fulfilment.port;

/**
 * An adapter's answer. A business outcome that the process must take another path for (out of
 * stock, a refused payment) is data in the answer, named by {@link #refusal()}; technical failures
 * are exceptions instead.
 */
public interface PortResult {

    /** The business refusal this answer carries, or null when the call did what was asked. */
    default Refusal refusal() {
        return null;
    }

    /**
     * A business refusal: {@code code} is the BPMN error code the model catches (for example
     * {@code OUT_OF_STOCK}), {@code reason} says why in the partner's words.
     */
    record Refusal(String code, String reason) {
    }
}
