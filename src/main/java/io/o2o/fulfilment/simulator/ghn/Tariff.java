package io.o2o.fulfilment.simulator.ghn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The simulator's price list for GHN's light-goods service (its own numbers, of GHN's shape): the
 * weight charged is the larger of the real weight and the volume weight (L × W × H / 5 grams, GHN's
 * formula); the first 500 g cost 16,500 VND within a province and 29,000 VND to another, each further
 * 500 g 2,500 or 5,000 VND. Declared value is insured at 0.5 %, cash on delivery costs 0.5 % of
 * the amount collected. Delivery is expected by the end of the next day within a province, of the
 * third day to another (Vietnam time).
 */
record Tariff(long mainService, long insurance, long codFee, int chargedWeight, Instant expectedDelivery) {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int STEP_GRAMS = 500;

    static Tariff of(boolean sameProvince, int weight, int length, int width, int height, long codAmount,
            long insuranceValue, Clock clock) {
        int charged = Math.max(weight, (int) ((long) length * width * height / 5));
        int furtherSteps = Math.max(0, (charged - 1) / STEP_GRAMS);
        long main = sameProvince ? 16_500 + furtherSteps * 2_500L : 29_000 + furtherSteps * 5_000L;
        LocalDate day = LocalDate.now(clock.withZone(VIETNAM)).plusDays(sameProvince ? 1 : 3);
        return new Tariff(main, insuranceValue * 5 / 1000, codAmount * 5 / 1000, charged,
                day.atTime(LocalTime.of(23, 59, 59)).toInstant(VIETNAM));
    }

    long total() {
        return mainService + insurance + codFee;
    }
}
