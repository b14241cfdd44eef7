package io.o2o.fulfilment.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The customer's key to an order: 24 random bytes, shown once when the order is placed. Only its
 * SHA-256 is stored; a hash suffices because the token is long and random, unlike a pickup code.
 */
final class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokens() {
    }

    static String issue() {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /** Compares digests in constant time, so the answer time tells nothing about the stored hash. */
    static boolean matches(String presented, String storedHash) {
        return presented != null && storedHash != null
                && MessageDigest.isEqual(digest(presented), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
