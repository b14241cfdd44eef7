package io.o2o.fulfilment.integrations.ghn;

import io.o2o.fulfilment.integrations.ghn.GhnApi.Answer;
import io.o2o.fulfilment.port.ParcelAddress;
import io.o2o.fulfilment.port.ParcelBooking;
import io.o2o.fulfilment.port.ParcelBookingRequest;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.ParcelItem;
import io.o2o.fulfilment.port.ParcelQuote;
import io.o2o.fulfilment.port.ParcelQuoteRequest;
import io.o2o.fulfilment.port.ParcelSize;
import io.o2o.fulfilment.port.ParcelTrackRequest;
import io.o2o.fulfilment.port.ParcelTracking;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The carrier ports in GHN's messages and GHN's answers back. Addresses go by name (GHN's
 * {@code *_ward_name}, {@code *_district_name}, {@code *_province_name}); the shop pays GHN's fee
 * ({@code payment_type_id} 1: the storefront has charged the customer already, online or in the
 * cash on delivery); our idempotency key is GHN's {@code client_order_code}, which GHN takes once.
 */
final class GhnParcels {

    static final String FEE = "/v2/shipping-order/fee";
    static final String LEADTIME = "/v2/shipping-order/leadtime";
    static final String CREATE = "/v2/shipping-order/create";
    static final String DETAIL = "/v2/shipping-order/detail";
    static final String DETAIL_BY_CLIENT_CODE = "/v2/shipping-order/detail-by-client-code";
    static final String CANCEL = "/v2/switch-status/cancel";
    static final String RETURN = "/v2/switch-status/return";
    /** GHN's fee is paid by the shop (1), never added to what the courier collects from the customer (2). */
    static final int SHOP_PAYS = 1;
    private static final int MAX_CONTENT = 2000;
    private static final int MAX_NOTE = 5000;
    /** How GHN says that a client_order_code is taken, whatever its exact words (unverified). */
    private static final Pattern TAKEN_CLIENT_ORDER_CODE = Pattern.compile("(?i)client_?order_?code");

    private final GhnApi ghn;
    private final GhnProperties properties;

    GhnParcels(GhnApi ghn, GhnProperties properties) {
        this.ghn = ghn;
        this.properties = properties;
    }

    /**
     * The fee from {@code /fee}, the expected delivery from {@code /leadtime}. The quote port has no
     * refusal: a parcel GHN will not price fails the call in GHN's words; a lead time GHN will not give
     * leaves the expected delivery open.
     */
    ParcelQuote quote(ParcelQuoteRequest request) {
        Map<String, Object> route = new LinkedHashMap<>();
        address(route, "from_", request.from());
        address(route, "to_", request.to());
        route.put("service_type_id", properties.serviceTypeId());
        Map<String, Object> parcel = new LinkedHashMap<>(route);
        size(parcel, request.size());
        parcel.put("insurance_value", insured(request.insuranceValue()));
        parcel.put("cod_value", request.codAmount());
        Answer fee = ghn.post("fee", FEE, parcel, request.storeId());
        if (!fee.ok()) {
            throw new RemoteSystemException("GHN fee refused the parcel: " + fee.refusal());
        }
        Answer leadtime = ghn.post("leadtime", LEADTIME, route, request.storeId());
        return new ParcelQuote(number(fee.fields().get("total")),
                leadtime.ok() ? instant(leadtime.fields().get("leadtime")) : null);
    }

    /**
     * Creates the order. GHN refusing the client_order_code as taken means an earlier try booked it:
     * that booking is answered, so a retried job never books twice.
     */
    ParcelBooking book(ParcelBookingRequest request) {
        Answer created = ghn.post("create", CREATE, createRequest(request), request.storeId());
        if (created.ok()) {
            return booked(created.fields(), "expected_delivery_time");
        }
        if (TAKEN_CLIENT_ORDER_CODE.matcher(created.refusal()).find()) {
            Answer earlier = ghn.post("detail-by-client-code", DETAIL_BY_CLIENT_CODE,
                    Map.of("client_order_code", request.idempotencyKey()), request.storeId());
            if (earlier.ok() && !earlier.fields().isEmpty()) {
                return booked(earlier.fields(), "leadtime");
            }
        }
        return new ParcelBooking(ParcelBooking.Outcome.REFUSED, null, null, 0, null, created.refusal());
    }

    ParcelChange cancel(ParcelChangeRequest request) {
        return switchStatus("cancel", CANCEL, request, GhnStatuses.CANCELLED);
    }

    ParcelChange returnToStore(ParcelChangeRequest request) {
        return switchStatus("return", RETURN, request, GhnStatuses.RETURNING);
    }

    /** GHN's record of the parcel; an order GHN does not know is a failure, not an answer. */
    ParcelTracking track(ParcelTrackRequest request) {
        Answer detail = ghn.post("detail", DETAIL, Map.of("order_code", request.carrierOrderCode()),
                request.storeId());
        if (!detail.ok()) {
            throw new RemoteSystemException("GHN detail refused order " + request.carrierOrderCode() + ": "
                    + detail.refusal());
        }
        Map<String, Object> order = detail.fields();
        String status = text(order.get("status"));
        return new ParcelTracking(text(order.get("order_code")), blankToNull(text(order.get("client_order_code"))),
                status, GhnStatuses.state(status), number(order.get("cod_amount")), instant(order.get("updated_date")));
    }

    /**
     * A switch GHN refuses is checked against the order's status: asked again for what is done
     * already (cancelled, on its way back), it is done, whatever GHN answers to a repeat.
     */
    private ParcelChange switchStatus(String operation, String path, ParcelChangeRequest request, Set<String> done) {
        String orderCode = request.carrierOrderCode();
        Answer answer = ghn.post(operation, path, Map.of("order_codes", List.of(orderCode)), request.storeId());
        String refusal = answer.ok() ? refusalFor(orderCode, answer.list()) : answer.refusal();
        if (refusal == null) {
            return new ParcelChange(ParcelChange.Outcome.DONE, null);
        }
        Answer detail = ghn.post("detail", DETAIL, Map.of("order_code", orderCode), request.storeId());
        if (detail.ok() && done.contains(text(detail.fields().get("status")))) {
            return new ParcelChange(ParcelChange.Outcome.DONE, null);
        }
        return new ParcelChange(ParcelChange.Outcome.REFUSED, refusal);
    }

    /** GHN answers a switch per order code: {@code result} false with its message is a refusal. */
    private static String refusalFor(String orderCode, List<Map<String, Object>> results) {
        return results.stream()
                .filter(result -> orderCode.equals(text(result.get("order_code"))))
                .filter(result -> Boolean.FALSE.equals(result.get("result")))
                .map(result -> Optional.ofNullable(blankToNull(text(result.get("message"))))
                        .orElse("GHN did not switch order " + orderCode))
                .findFirst().orElse(null);
    }

    private Map<String, Object> createRequest(ParcelBookingRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_order_code", request.idempotencyKey());
        address(body, "from_", request.from());
        address(body, "to_", request.to());
        // a parcel the customer does not take goes back to the store it came from, not to the shop's address
        address(body, "return_", request.from());
        body.remove("return_name");
        size(body, request.size());
        body.put("service_type_id", properties.serviceTypeId());
        body.put("payment_type_id", SHOP_PAYS);
        body.put("required_note", properties.requiredNote());
        body.put("cod_amount", request.codAmount());
        body.put("insurance_value", insured(request.insuranceValue()));
        List<ParcelItem> items = request.items() == null ? List.of() : request.items();
        body.put("content", cut(items.isEmpty() ? "Đơn hàng " + request.orderNumber()
                : items.stream().map(item -> item.quantity() + " x " + item.name()).collect(Collectors.joining(", ")),
                MAX_CONTENT));
        body.put("note", cut(Stream.of(request.orderNumber(), request.note()).filter(text -> text != null
                && !text.isBlank()).collect(Collectors.joining(" · ")), MAX_NOTE));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ParcelItem item : items) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", item.name());
            line.put("code", item.sku());
            line.put("quantity", item.quantity());
            line.put("price", item.unitPrice());
            line.put("weight", item.weightGrams());
            lines.add(line);
        }
        body.put("items", lines);
        return body;
    }

    private static ParcelBooking booked(Map<String, Object> order, String expectedDeliveryField) {
        return new ParcelBooking(ParcelBooking.Outcome.BOOKED, text(order.get("order_code")),
                blankToNull(text(order.get("sort_code"))), number(order.get("total_fee")),
                instant(order.get(expectedDeliveryField)), null);
    }

    /**
     * An address by GHN's names: the street line with the ward, district and city it does not
     * name yet, and each of them in its own field.
     */
    private static void address(Map<String, Object> body, String prefix, ParcelAddress address) {
        if (address == null) {
            return;
        }
        putText(body, prefix + "name", address.name());
        putText(body, prefix + "phone", address.phone());
        String line = text(address.street());
        for (String part : Stream.of(address.ward(), address.district(), address.city()).toList()) {
            if (part != null && !part.isBlank()
                    && !line.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT))) {
                line = line.isBlank() ? part.strip() : line + ", " + part.strip();
            }
        }
        putText(body, prefix + "address", line);
        putText(body, prefix + "ward_name", address.ward());
        putText(body, prefix + "district_name", address.district());
        putText(body, prefix + "province_name", address.city());
    }

    private static void size(Map<String, Object> body, ParcelSize size) {
        body.put("weight", size == null ? 0 : size.weightGrams());
        body.put("length", size == null ? 0 : size.lengthCm());
        body.put("width", size == null ? 0 : size.widthCm());
        body.put("height", size == null ? 0 : size.heightCm());
    }

    /** GHN insures up to its ceiling; the declared value above it is not insured. */
    private long insured(long value) {
        return Math.max(0, Math.min(value, properties.maxInsuranceValue()));
    }

    private static void putText(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** GHN writes amounts as numbers and sometimes as text ({@code "total_fee":"33000"}). */
    private static long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return value == null ? 0 : Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An ISO time, or Unix seconds as GHN's lead time gives them; null when there is none. */
    static Instant instant(Object value) {
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        String text = text(value);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notATime) {
                return null;
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
