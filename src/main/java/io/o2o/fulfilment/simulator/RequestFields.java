package io.o2o.fulfilment.simulator;

import java.util.Map;

/** Reading a partner's JSON request leniently, as the simulated systems do with what they are sent. */
public final class RequestFields {

    private RequestFields() {
    }

    /** The field as text, empty when absent. */
    public static String text(Map<String, Object> request, String field) {
        Object value = request.get(field);
        return value == null ? "" : value.toString();
    }

    /** A number sent as text, 0 when it is not one. */
    public static long longOrZero(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
