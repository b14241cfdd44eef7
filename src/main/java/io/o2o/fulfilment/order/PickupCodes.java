package io.o2o.fulfilment.order;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Six-digit pickup codes derived from the order number and the code's generation under a secret
 * key: HMAC-SHA256, truncated as HOTP does. A hash of a six-digit code would be reversed by trying
 * all million codes, so nothing about the code is stored but its generation; without the key a copy
 * of the database reveals no code.
 */
@Component
class PickupCodes {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    PickupCodes(PickupCodeProperties properties) {
        this.key = new SecretKeySpec(properties.key().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String codeFor(String orderNumber, int generation) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((orderNumber + ':' + generation).getBytes(StandardCharsets.UTF_8));
            int value = ByteBuffer.wrap(digest, 0, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
