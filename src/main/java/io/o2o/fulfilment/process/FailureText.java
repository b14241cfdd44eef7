package io.o2o.fulfilment.process;

import java.util.regex.Pattern;

/**
 * A failure's message made fit for what ops read on an incident, a failing job and the order API:
 * on one line, cut to {@link #MAX_LENGTH}, and with credentials masked in case a partner or a library
 * quotes them (a URL's user info; the value of a field or parameter named like a signature, secret,
 * password, token or key, as in {@code "signature":"…"} or {@code accessKey=…}).
 */
final class FailureText {

    /** Camunda keeps 666 characters of a job's exception message; ours stay well below. */
    static final int MAX_LENGTH = 400;

    private static final String SECRET_NAME = "[\\w-]*(?:signature|secret|password|passwd|token|access_?key|api_?key"
            + "|private_?key|key[12]|authorization|mac)[\\w-]*";
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/\\s@:]+(?::[^/\\s@]*)?@");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)(\"" + SECRET_NAME + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)");
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)\\b(" + SECRET_NAME + ")(\\s*[=:]\\s*(?:Bearer\\s+|Basic\\s+)?)[^\\s&,;\"}]+");

    private FailureText() {
    }

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String text = message.strip().replaceAll("\\s+", " ");
        text = USER_INFO.matcher(text).replaceAll("***@");
        text = JSON_FIELD.matcher(text).replaceAll("$1\"***\"");
        text = PARAMETER.matcher(text).replaceAll("$1$2***");
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 3) + "..." : text;
    }
}
