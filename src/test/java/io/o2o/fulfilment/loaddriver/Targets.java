package io.o2o.fulfilment.loaddriver;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keeps the driver on this machine: load is only sent to loopback hosts unless allowed otherwise. */
final class Targets {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Targets() {
    }

    static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost")) {
            return true;
        }
        // only literals are resolved, so no name lookup can redirect the check
        boolean literal = IPV4_LITERAL.matcher(host).matches() || host.startsWith("[");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }

    static void requireAllowed(URI uri, boolean allowRemote, String what) {
        if (!allowRemote && !isLoopback(uri)) {
            throw new IllegalArgumentException(what + " " + uri + " is not on localhost/127.x/::1; "
                    + "pass --allow-remote to send load elsewhere");
        }
    }
}
