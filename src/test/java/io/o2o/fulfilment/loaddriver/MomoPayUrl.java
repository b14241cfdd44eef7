package io.o2o.fulfilment.loaddriver;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment page an order hands to its customer. The driver pays only through the MoMo simulator, so a
 * payUrl that points at a real wallet (or off this machine) stops the order instead of being followed.
 */
record MomoPayUrl(URI uri, String token) {

    private static final Pattern SIMULATOR_PATH = Pattern.compile("/sim/momo/pay/([^/?#]+)/?");

    static MomoPayUrl parse(String payUrl, boolean allowRemote) {
        URI uri;
        try {
            uri = URI.create(payUrl);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("payUrl " + payUrl + " is not a URL");
        }
        Matcher path = SIMULATOR_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
        if (!uri.isAbsolute() || uri.getHost() == null || !path.matches()) {
            throw new IllegalArgumentException("payUrl " + payUrl + " is not a MoMo simulator page (/sim/momo/pay/<token>)");
        }
        Targets.requireAllowed(uri, allowRemote, "payUrl");
        return new MomoPayUrl(uri, path.group(1));
    }
}
