package io.o2o.fulfilment.integrations.zalopay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * ZaloPay's own ids for our payments and refunds. ZaloPay wants {@code app_trans_id} to start
 * with the day it is created in Vietnam (GMT+7) and allows at most 40 characters, so the id is
 * that day, then our paymentId made safe: {@code yymmdd_WEB_10023_P1}. A refund's
 * {@code m_refund_id} is {@code yymmdd_<appId>_<refundId made safe>}. The same id on the same day
 * is the same ZaloPay order or refund. Looking one up later (query, a retried refund) tries today
 * and the {@code lookbackDays} before, newest first, because the day it was made is not kept.
 */
final class ZalopayIds {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int MAX_LENGTH = 40;
    private static final int HASH_LENGTH = 8;

    private final int appId;
    private final Clock clock;
    private final int lookbackDays;

    ZalopayIds(int appId, Clock clock, int lookbackDays) {
        this.appId = appId;
        this.clock = clock;
        this.lookbackDays = lookbackDays;
    }

    String appTransId(String paymentId) {
        return appTransId(today(), paymentId);
    }

    List<String> appTransIds(String paymentId) {
        return days(day -> appTransId(day, paymentId));
    }

    String refundId(String refundId) {
        return refundId(today(), refundId);
    }

    List<String> refundIds(String refundId) {
        return days(day -> refundId(day, refundId));
    }

    private String appTransId(LocalDate day, String paymentId) {
        String prefix = DAY.format(day) + "_";
        return prefix + safe(paymentId, MAX_LENGTH - prefix.length());
    }

    private String refundId(LocalDate day, String refundId) {
        String prefix = DAY.format(day) + "_" + appId + "_";
        return prefix + safe(refundId, MAX_LENGTH - prefix.length());
    }

    private List<String> days(Function<LocalDate, String> id) {
        LocalDate today = today();
        return IntStream.rangeClosed(0, lookbackDays).mapToObj(today::minusDays).map(id).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /**
     * Letters, digits and underscores only; an id too long for the room left keeps its start and
     * gets a hash of the whole, so two long ids stay apart.
     */
    static String safe(String id, int room) {
        String safe = id.replaceAll("[^A-Za-z0-9]", "_");
        if (safe.length() <= room) {
            return safe;
        }
        return safe.substring(0, room - HASH_LENGTH - 1) + "_" + sha256(id).substring(0, HASH_LENGTH);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
