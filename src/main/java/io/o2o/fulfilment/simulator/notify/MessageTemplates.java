package io.o2o.fulfilment.simulator.notify;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders what the customer reads. Texts are Vietnamese unless {@code parameters.language} is
 * {@code en}; a template without a text in the language falls back to English, an unknown template
 * to a generic line. A sentence whose placeholders are not all given is left out rather than
 * shown with a gap.
 */
final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static final Map<String, List<String>> VIETNAMESE = Map.ofEntries(
            Map.entry("ORDER_CONFIRMED", List.of("Đơn hàng {orderNumber} đã được xác nhận.",
                    "Chúng tôi sẽ báo khi hàng sẵn sàng tại {storeName}.")),
            Map.entry("READY_FOR_PICKUP", List.of("Đơn hàng {orderNumber} đã sẵn sàng để nhận tại {storeName}.",
                    "Địa chỉ: {storeAddress}.", "Mã nhận hàng của bạn: {pickupCode}.", "Vui lòng nhận hàng trước {collectBy}.")),
            Map.entry("PICKUP_REMINDER", List.of("Nhắc nhở: đơn hàng {orderNumber} đang chờ bạn tại {storeName}.",
                    "Mã nhận hàng: {pickupCode}.", "Hạn nhận hàng: {collectBy}.")),
            Map.entry("ORDER_COLLECTED", List.of("Cảm ơn {customerName} đã nhận đơn hàng {orderNumber} tại {storeName}.",
                    "Hẹn gặp lại!")),
            Map.entry("ORDER_CANCELLED", List.of("Đơn hàng {orderNumber} đã bị hủy.", "Lý do: {reason}.")),
            Map.entry("PAYMENT_REFUNDED", List.of("Đã hoàn {amount} cho đơn hàng {orderNumber}.",
                    "Tiền sẽ về ví hoặc tài khoản của bạn trong 1-3 ngày làm việc.")),
            Map.entry("SHIPPING_PLAN", List.of("Đơn hàng {orderNumber} sẽ được giao thành {parcelCount} kiện: {plan}.",
                    "Rất tiếc, hết hàng và đã bỏ khỏi đơn: {notAvailable}.", "Tổng tiền mới: {amount}.")),
            Map.entry("PARCEL_SHIPPED", List.of("Kiện hàng {shipmentId} của đơn {orderNumber} đã giao cho {carrier}, mã vận đơn {trackingCode}.",
                    "Dự kiến giao {expectedDelivery}.", "Vui lòng chuẩn bị {codAmount} tiền mặt khi nhận hàng.")),
            Map.entry("PARCEL_OUT_FOR_DELIVERY", List.of("Kiện hàng {shipmentId} đang được giao đến bạn hôm nay (mã vận đơn {trackingCode}).",
                    "Vui lòng chuẩn bị {codAmount} tiền mặt.")),
            Map.entry("DELIVERY_FAILED", List.of("Giao kiện hàng {shipmentId} không thành công (lần {attempt}).", "Lý do: {reason}.",
                    "Chúng tôi sẽ giao lại, còn {attemptsLeft} lần.")),
            Map.entry("PARCEL_RETURNING", List.of("Kiện hàng {shipmentId} của đơn {orderNumber} đang được trả về cửa hàng.",
                    "Số tiền {parcelValue} của kiện này sẽ được hoàn cho bạn khi hàng về đến cửa hàng.")),
            Map.entry("PARCEL_DELIVERED", List.of("Kiện hàng {shipmentId} của đơn {orderNumber} đã giao thành công.",
                    "Cảm ơn {customerName} đã mua sắm tại O2O Mart!")),
            Map.entry("PARCEL_LOST", List.of("Rất tiếc, kiện hàng {shipmentId} của đơn {orderNumber} đã bị thất lạc hoặc hư hỏng khi vận chuyển.",
                    "Chúng tôi hoàn lại {parcelValue} của kiện này cho bạn.")));

    private static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("ORDER_CONFIRMED", List.of("Your order {orderNumber} is confirmed.",
                    "We will tell you when it is ready at {storeName}.")),
            Map.entry("READY_FOR_PICKUP", List.of("Your order {orderNumber} is ready for pickup at {storeName}.",
                    "Address: {storeAddress}.", "Your pickup code: {pickupCode}.", "Please collect it by {collectBy}.")),
            Map.entry("PICKUP_REMINDER", List.of("Reminder: your order {orderNumber} is waiting for you at {storeName}.",
                    "Pickup code: {pickupCode}.", "Collect by: {collectBy}.")),
            Map.entry("ORDER_COLLECTED", List.of("Thank you {customerName} for collecting order {orderNumber} at {storeName}.",
                    "See you again!")),
            Map.entry("ORDER_CANCELLED", List.of("Your order {orderNumber} has been cancelled.", "Reason: {reason}.")),
            Map.entry("PAYMENT_REFUNDED", List.of("We refunded {amount} for order {orderNumber}.",
                    "The money reaches your wallet or account within 1-3 working days.")),
            Map.entry("SHIPPING_PLAN", List.of("Your order {orderNumber} ships in {parcelCount} parcel(s): {plan}.",
                    "Sorry, out of stock and taken off the order: {notAvailable}.", "New total: {amount}.")),
            Map.entry("PARCEL_SHIPPED", List.of("Parcel {shipmentId} of order {orderNumber} is with {carrier}, tracking code {trackingCode}.",
                    "Expected delivery: {expectedDelivery}.", "Please have {codAmount} in cash ready on delivery.")),
            Map.entry("PARCEL_OUT_FOR_DELIVERY", List.of("Parcel {shipmentId} is out for delivery today (tracking code {trackingCode}).",
                    "Please have {codAmount} in cash ready.")),
            Map.entry("DELIVERY_FAILED", List.of("We could not deliver parcel {shipmentId} (attempt {attempt}).", "Reason: {reason}.",
                    "We will try again, {attemptsLeft} attempt(s) left.")),
            Map.entry("PARCEL_RETURNING", List.of("Parcel {shipmentId} of order {orderNumber} is going back to the store.",
                    "Its {parcelValue} is refunded to you once it is back.")),
            Map.entry("PARCEL_DELIVERED", List.of("Parcel {shipmentId} of order {orderNumber} was delivered.",
                    "Thank you {customerName} for shopping at O2O Mart!")),
            Map.entry("PARCEL_LOST", List.of("Sorry, the carrier lost or damaged parcel {shipmentId} of order {orderNumber}.",
                    "We refund its {parcelValue} to you.")));

    private static final List<String> GENERIC = List.of("There is an update on your order {orderNumber}: {template}.");

    private MessageTemplates() {
    }

    static String render(String template, String orderNumber, String customerName, Map<String, String> parameters) {
        Map<String, String> values = new HashMap<>(parameters == null ? Map.of() : parameters);
        boolean english = "en".equalsIgnoreCase(values.get("language"));
        values.putIfAbsent("storeName", values.get("storeId"));
        values.computeIfPresent("amount", (k, amount) -> money(amount, english));
        values.computeIfPresent("parcelValue", (k, amount) -> money(amount, english));
        values.computeIfPresent("codAmount", (k, amount) -> money(amount, english));
        values.put("orderNumber", orderNumber);
        values.put("customerName", customerName);
        values.put("template", template);
        List<String> sentences = english ? null : VIETNAMESE.get(template);
        if (sentences == null) {
            sentences = ENGLISH.getOrDefault(template, GENERIC);
        }
        return "O2O Mart: " + sentences.stream()
                .filter(sentence -> PLACEHOLDER.matcher(sentence).results().allMatch(m -> hasText(values.get(m.group(1)))))
                .map(sentence -> PLACEHOLDER.matcher(sentence).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1)))))
                .collect(Collectors.joining(" "));
    }

    /** 150000 reads "150.000 ₫" in Vietnamese and "150,000 VND" in English. */
    private static String money(String amount, boolean english) {
        try {
            long vnd = Long.parseLong(amount);
            return english ? NumberFormat.getIntegerInstance(Locale.US).format(vnd) + " VND"
                    : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(vnd) + " ₫";
        } catch (NumberFormatException notANumber) {
            return amount;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
