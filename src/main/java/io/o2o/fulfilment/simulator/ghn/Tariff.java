package io.o2o.fulfilment.simulator.ghn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The price as {@code /fee} answers it; the fees the simulator does not charge are 0. */
    Map<String, Object> asFeeAnswer() {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("total", total());
        fee.put("service_fee", mainService);
        fee.put("insurance_fee", insurance);
        fee.put("cod_fee", codFee);
        return withZeros(fee, "pick_station_fee", "coupon_value", "r2s_fee", "return_again", "document_return",
                "double_check", "pick_remote_areas_fee", "deliver_remote_areas_fee", "cod_failed_fee");
    }

    /** The price as {@code /create} answers it in {@code fee}. */
    Map<String, Object> asCreateFee() {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("main_service", mainService);
        fee.put("insurance", insurance);
        fee.put("cod_fee", codFee);
        return withZeros(fee, "station_do", "station_pu", "return", "r2s", "coupon");
    }

    /** The price as the webhook's {@code Fee} gives it, in GHN's PascalCase. */
    Map<String, Object> asWebhookFee() {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("MainService", mainService);
        fee.put("Insurance", insurance);
        fee.put("CODFee", codFee);
        fee.put("Total", total());
        return fee;
    }

    private static Map<String, Object> withZeros(Map<String, Object> fee, String... notCharged) {
        for (String name : notCharged) {
            fee.put(name, 0);
        }
        return fee;
    }
}
