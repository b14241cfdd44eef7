package io.o2o.fulfilment.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 in lowercase hex, as the simulated wallets sign. Kept apart from the adapters' code
 * on purpose: if both shared one implementation, a mistake in it would go unnoticed.
 */
public final class SimulatorHmac {

    private SimulatorHmac() {
    }

    public static String sha256Hex(String key, String raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
