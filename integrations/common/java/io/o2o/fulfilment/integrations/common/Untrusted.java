package io.o2o.fulfilment.integrations.common;

/**
 * Values from an unauthenticated caller, made safe to log: cut to a sane length and with control
 * characters replaced, so that a forged callback can neither flood the log nor forge log lines.
 */
public final class Untrusted {

    static final int MAX_LENGTH = 64;

    private Untrusted() {
    }

    /** An untrusted field such as an order id. */
    public static String cut(Object value) {
        return cut(value, MAX_LENGTH);
    }

    /** A message that may quote untrusted fields, such as a rejection's reason. */
    public static String cut(Object value, int maxLength) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replaceAll("\\p{Cntrl}", "?");
        return text.length() > maxLength ? text.substring(0, maxLength) + "..." : text;
    }
}
