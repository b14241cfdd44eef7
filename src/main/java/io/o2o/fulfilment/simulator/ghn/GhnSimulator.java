package io.o2o.fulfilment.simulator.ghn;

import static io.o2o.fulfilment.simulator.RequestFields.longOrZero;
import static io.o2o.fulfilment.simulator.RequestFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.simulator.SimulatorException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * GHN's public API v2 as a stand-in: fee and lead time, create with {@code client_order_code} taken
 * once, detail by GHN's order code or by ours, cancel and return with GHN's rules, and a webhook for
 * every status a parcel reaches. The operator (or a test) moves parcels on with {@link #advance} and
 * {@link #setStatus}. In memory, one lock. GHN's limits as its documentation gives them: 50 kg,
 * 200 cm a side, cash on delivery up to 50,000,000 VND, declared value up to 5,000,000 VND.
 */
@Service
@ConditionalOnProperty(name = "o2o.simulators.enabled", havingValue = "true")
class GhnSimulator {

    static final long MAX_WEIGHT = 50_000;
    static final long MAX_SIDE = 200;
    static final long MAX_COD = 50_000_000;
    static final long MAX_INSURANCE = 5_000_000;
    private static final int MAX_CLIENT_ORDER_CODE = 50;
    private static final Set<String> REQUIRED_NOTES = Set.of("CHOTHUHANG", "CHOXEMHANGKHONGTHU", "KHONGCHOXEMHANG");
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRTUVWXY3456789";

    private final GhnSimulatorProperties properties;
    private final GhnWebhookSender webhooks;
    private final Clock clock;
    private final ObjectMapper json;
    private final Map<String, SimulatedParcel> parcels = new LinkedHashMap<>();
    private final Map<String, SimulatedParcel> byClientOrderCode = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    GhnSimulator(GhnSimulatorProperties properties, GhnWebhookSender webhooks, Clock clock, ObjectMapper json) {
        this.properties = properties;
        this.webhooks = webhooks;
        this.clock = clock;
        this.json = json;
    }

    /**
     * The shop a call is made for, after its token is checked. A wrong or missing token answers 401
     * (GHN's documentation also shows it as 400 "code=401, message=Token is not valid!"); a shop the
     * account does not hold answers GHN's 400 {@code SHOP_NOT_FOUND}.
     */
    long authenticate(String token, String shopId) {
        if (token == null || !token.equals(properties.token())) {
            throw new GhnError(401, "Token is not valid!", "USER_ERR_COMMON");
        }
        long shop = longOrZero(shopId == null ? "" : shopId.strip());
        if (!properties.shopIds().contains(shop)) {
            throw new GhnError(400, "ShopID is invalid: Shop ID " + (shopId == null ? "(none)" : shopId)
                    + " is not a shop of this account", "SHOP_NOT_FOUND");
        }
        return shop;
    }

    /** {@code /v2/shipping-order/fee}: the price, GHN's fields; cash on delivery is {@code cod_value} here. */
    synchronized Map<String, Object> fee(Map<String, Object> request) {
        Tariff tariff = tariff(request, number(request, "cod_value"));
        return tariff.asFeeAnswer();
    }

    /** {@code /v2/shipping-order/leadtime}, by address names: when a parcel sent now would arrive (Unix seconds). */
    synchronized Map<String, Object> leadtime(Map<String, Object> request) {
        boolean sameProvince = sameProvince(request);
        Tariff tariff = Tariff.of(sameProvince, 0, 0, 0, 0, 0, 0, clock);
        return Map.of("leadtime", tariff.expectedDelivery().getEpochSecond(), "order_date",
                clock.instant().getEpochSecond());
    }

    /** {@code /v2/shipping-order/create}: a new order waiting to be picked, and the {@code create} webhook. */
    synchronized Map<String, Object> create(long shopId, Map<String, Object> request) {
        String clientOrderCode = text(request, "client_order_code");
        if (clientOrderCode.length() > MAX_CLIENT_ORDER_CODE) {
            throw GhnError.refused("client_order_code dài quá " + MAX_CLIENT_ORDER_CODE + " ký tự");
        }
        if (!clientOrderCode.isEmpty() && byClientOrderCode.containsKey(clientOrderCode)) {
            throw GhnError.refused("Đơn hàng với client_order_code " + clientOrderCode + " đã tồn tại");
        }
        for (String field : List.of("to_name", "to_phone", "to_address", "to_ward_name", "to_district_name")) {
            if (text(request, field).isBlank()) {
                throw GhnError.refused("Thiếu thông tin người nhận: " + field);
            }
        }
        if (!text(request, "to_phone").replaceAll("[ .]", "").matches("0\\d{9,10}")) {
            throw GhnError.refused("Số điện thoại người nhận không hợp lệ: " + text(request, "to_phone"));
        }
        if (!REQUIRED_NOTES.contains(text(request, "required_note"))) {
            throw GhnError.refused("Sai thông tin Required Note");
        }
        if (number(request, "payment_type_id") != 1 && number(request, "payment_type_id") != 2) {
            throw GhnError.refused("Sai thông tin payment_type_id: 1 (người gửi trả phí) hoặc 2 (người nhận trả phí)");
        }
        long cod = number(request, "cod_amount");
        Tariff tariff = tariff(request, cod);
        String orderCode = newOrderCode();
        SimulatedParcel parcel = new SimulatedParcel(orderCode, clientOrderCode, shopId, sortCode(),
                copy(request), tariff, cod, number(request, "insurance_value"), clock.instant());
        parcels.put(orderCode, parcel);
        if (!clientOrderCode.isEmpty()) {
            byClientOrderCode.put(clientOrderCode, parcel);
        }
        push(parcel, GhnStatuses.READY_TO_PICK, "", "create", null);

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_code", orderCode);
        data.put("sort_code", parcel.sortCode);
        data.put("trans_type", "truck");
        data.put("fee", tariff.asCreateFee());
        data.put("total_fee", tariff.total());
        data.put("expected_delivery_time", tariff.expectedDelivery().toString());
        return data;
    }

    /** {@code /v2/shipping-order/detail}. */
    synchronized Map<String, Object> detail(String orderCode) {
        return detailOf(parcel(orderCode));
    }

    /** {@code /v2/shipping-order/detail-by-client-code}. */
    synchronized Map<String, Object> detailByClientOrderCode(String clientOrderCode) {
        SimulatedParcel parcel = byClientOrderCode.get(clientOrderCode);
        if (parcel == null) {
            throw GhnError.refused("Không tìm thấy đơn hàng với client_order_code " + clientOrderCode);
        }
        return detailOf(parcel);
    }

    /**
     * {@code /v2/switch-status/cancel}: only before the courier has the parcel. A cancelled order
     * asked again answers OK and changes nothing. Any order that cannot be cancelled refuses the call.
     */
    synchronized List<Map<String, Object>> cancel(List<String> orderCodes) {
        return switchStatus(orderCodes, GhnStatuses.CANCEL, GhnStatuses.CANCELLABLE, Set.of(GhnStatuses.CANCEL),
                "hủy");
    }

    /**
     * {@code /v2/switch-status/return}: from picked until a failed delivery the parcel goes back to
     * the shop ({@code waiting_to_return}); one already on its way back answers OK and changes nothing.
     */
    synchronized List<Map<String, Object>> returnToShop(List<String> orderCodes) {
        return switchStatus(orderCodes, GhnStatuses.WAITING_TO_RETURN, GhnStatuses.RETURNABLE,
                GhnStatuses.RETURNING, "trả hàng");
    }

    private List<Map<String, Object>> switchStatus(List<String> orderCodes, String to, Set<String> allowedFrom,
            Set<String> alreadyDone, String action) {
        if (orderCodes == null || orderCodes.isEmpty()) {
            throw GhnError.refused("order_codes is required");
        }
        List<SimulatedParcel> toSwitch = new ArrayList<>();
        for (String orderCode : orderCodes) {
            SimulatedParcel parcel = parcel(orderCode);
            if (!alreadyDone.contains(parcel.status()) && !allowedFrom.contains(parcel.status())) {
                throw GhnError.refused("Đơn hàng " + orderCode + " đang ở trạng thái " + parcel.status()
                        + ", không thể " + action);
            }
            toSwitch.add(parcel);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (SimulatedParcel parcel : toSwitch) {
            if (!alreadyDone.contains(parcel.status())) {
                push(parcel, to, "", "Switch_status", null);
            }
            results.add(Map.of("order_code", parcel.orderCode, "result", true, "message", "OK"));
        }
        return results;
    }

    /**
     * Operator control: walks the parcel along its usual way to {@code to}, one webhook per status.
     * {@code delivery_fail} is a failed attempt (through {@code delivering}); a later {@code delivering}
     * is a new attempt. The way back starts from any status between pick-up and a failed delivery.
     *
     * @return the statuses pushed, in order
     */
    synchronized List<String> advance(String orderCode, String to, String reason) {
        SimulatedParcel parcel = parcel(orderCode);
        List<String> steps = ParcelMoves.steps(parcel.status(), to);
        for (String status : steps) {
            push(parcel, status, GhnStatuses.DELIVERY_FAIL.equals(status) ? reason : "", "Switch_status", null);
        }
        return steps;
    }

    /** Operator control for odd cases: sets any status, without rules, and pushes it. */
    synchronized void setStatus(String orderCode, String status, Long codAmount, String reason) {
        if (!GhnStatuses.known(status)) {
            throw SimulatorException.unprocessable("GHN has no status '" + status + "'");
        }
        push(parcel(orderCode), status, reason, "Switch_status", codAmount);
    }

    /** Queues the order's last webhook again, exactly as it was sent; empty if the order is unknown. */
    synchronized Optional<String> resendLastWebhook(String orderCode) {
        SimulatedParcel parcel = parcels.get(orderCode);
        if (parcel == null) {
            return Optional.empty();
        }
        parcel.webhooks.add(webhooks.send(orderCode, parcel.lastWebhook));
        return Optional.of(parcel.lastWebhook);
    }

    /** Queues a webhook given whole, in order with the other webhooks of the order it names. */
    void pushRaw(String body) {
        String orderCode;
        try {
            orderCode = String.valueOf(json.readTree(body).path("OrderCode").asText(""));
        } catch (JsonProcessingException e) {
            orderCode = "";
        }
        webhooks.send(orderCode, body);
    }

    /** An order as GHN's portal shows it: statuses with times and reasons, fee, cash on delivery, webhooks. */
    synchronized Optional<Map<String, Object>> portalView(String orderCode) {
        return Optional.ofNullable(parcels.get(orderCode)).map(this::portalViewOf);
    }

    synchronized List<Map<String, Object>> portalViewByClientOrderCode(String clientOrderCode) {
        return Optional.ofNullable(byClientOrderCode.get(clientOrderCode)).map(this::portalViewOf).stream().toList();
    }

    private Map<String, Object> portalViewOf(SimulatedParcel parcel) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("orderCode", parcel.orderCode);
        view.put("clientOrderCode", parcel.clientOrderCode);
        view.put("shopId", parcel.shopId);
        view.put("status", parcel.status());
        view.put("history", parcel.history.stream().map(change -> Map.of("status", change.status(), "time",
                change.at().toString(), "reason", change.reason())).toList());
        view.put("fee", Map.of("main_service", parcel.tariff.mainService(), "insurance", parcel.tariff.insurance(),
                "cod_fee", parcel.tariff.codFee()));
        view.put("totalFee", parcel.tariff.total());
        view.put("codAmount", parcel.codAmount);
        if (parcel.collectedCod != null) {
            view.put("codCollected", parcel.collectedCod);
        }
        view.put("expectedDelivery", parcel.tariff.expectedDelivery().toString());
        view.put("request", parcel.request);
        view.put("webhooks", parcel.webhooks.stream().map(GhnWebhookSender.Delivery::view).toList());
        return view;
    }

    private Map<String, Object> detailOf(SimulatedParcel parcel) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("shop_id", parcel.shopId);
        for (String field : List.of("from_name", "from_phone", "from_address", "to_name", "to_phone", "to_address",
                "weight", "length", "width", "height", "service_type_id", "payment_type_id", "required_note", "content",
                "note", "items")) {
            detail.put(field, parcel.request.get(field));
        }
        detail.put("converted_weight", parcel.tariff.chargedWeight());
        // once delivered, GHN's record holds what the courier collected
        detail.put("cod_amount", parcel.collectedCod != null ? parcel.collectedCod : parcel.codAmount);
        detail.put("insurance_value", parcel.insuranceValue);
        detail.put("client_order_code", parcel.clientOrderCode);
        detail.put("order_code", parcel.orderCode);
        detail.put("sort_code", parcel.sortCode);
        detail.put("status", parcel.status());
        detail.put("total_fee", parcel.tariff.total());
        detail.put("leadtime", parcel.tariff.expectedDelivery().toString());
        detail.put("order_date", parcel.createdAt.toString());
        detail.put("created_date", parcel.createdAt.toString());
        detail.put("updated_date", parcel.updatedAt().toString());
        detail.put("is_cod_collected", parcel.collectedCod != null);
        detail.put("log", parcel.history.stream().skip(1).map(change -> Map.of("status", change.status(),
                "updated_date", change.at().toString())).toList());
        return detail;
    }

    /** Records the status and queues its webhook: GHN's fields, in its PascalCase. */
    private void push(SimulatedParcel parcel, String status, String reason, String type, Long codAmount) {
        SimulatedParcel.Change change = parcel.record(status, clock.instant(), reason);
        if (GhnStatuses.DELIVERED.equals(status)) {
            parcel.collectedCod = codAmount != null ? codAmount : parcel.codAmount;
        }
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("Type", type);
        webhook.put("OrderCode", parcel.orderCode);
        webhook.put("ClientOrderCode", parcel.clientOrderCode);
        webhook.put("Status", status);
        webhook.put("Reason", change.reason());
        webhook.put("ReasonCode", "");
        webhook.put("Time", change.at().toString());
        webhook.put("ShopID", parcel.shopId);
        webhook.put("CODAmount", codAmount != null ? codAmount : parcel.codAmount);
        webhook.put("CODTransferDate", null);
        webhook.put("TotalFee", parcel.tariff.total());
        webhook.put("Fee", parcel.tariff.asWebhookFee());
        webhook.put("Weight", parcel.request.get("weight"));
        webhook.put("ConvertedWeight", parcel.tariff.chargedWeight());
        webhook.put("PaymentType", parcel.request.get("payment_type_id"));
        webhook.put("Description", GhnStatuses.description(status));
        webhook.put("IsPartialReturn", false);
        webhook.put("Warehouse", "");
        try {
            parcel.lastWebhook = json.writeValueAsString(webhook);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        parcel.webhooks.add(webhooks.send(parcel.orderCode, parcel.lastWebhook));
    }

    private Tariff tariff(Map<String, Object> request, long cod) {
        if (number(request, "service_type_id") != 2 && number(request, "service_type_id") != 5) {
            throw GhnError.refused("Sai thông tin service_type_id: 2 (hàng nhẹ) hoặc 5 (hàng nặng)");
        }
        boolean sameProvince = sameProvince(request);
        long weight = number(request, "weight");
        if (weight <= 0 || weight > MAX_WEIGHT) {
            throw GhnError.refused("Khối lượng không hợp lệ: " + weight + " gram (tối đa " + MAX_WEIGHT + " gram)");
        }
        for (String side : List.of("length", "width", "height")) {
            if (number(request, side) < 0 || number(request, side) > MAX_SIDE) {
                throw GhnError.refused("Kích thước không hợp lệ: " + side + " " + number(request, side)
                        + " cm (tối đa " + MAX_SIDE + " cm)");
            }
        }
        if (cod < 0 || cod > MAX_COD) {
            throw GhnError.refused("Tiền thu hộ không hợp lệ: " + cod + " (tối đa 50.000.000)");
        }
        long insurance = number(request, "insurance_value");
        if (insurance < 0 || insurance > MAX_INSURANCE) {
            throw GhnError.refused("Giá trị hàng hóa không hợp lệ: " + insurance + " (tối đa 5.000.000)");
        }
        return Tariff.of(sameProvince, (int) weight, (int) number(request, "length"), (int) number(request, "width"),
                (int) number(request, "height"), cod, insurance, clock);
    }

    /**
     * Whether sender and recipient are in one province. Without a sender's province GHN takes the
     * shop's address, which the simulator does not know: Ho Chi Minh City, where GHN has most shops.
     */
    private static boolean sameProvince(Map<String, Object> request) {
        String to = Provinces.find(text(request, "to_province_name")).orElseThrow(() -> GhnError.refused(
                "Không tìm thấy tỉnh/thành phố của người nhận: to_province_name '" + text(request, "to_province_name")
                        + "'"));
        String fromName = text(request, "from_province_name");
        String from = fromName.isBlank() ? "ho chi minh" : Provinces.find(fromName).orElseThrow(() -> GhnError
                .refused("Không tìm thấy tỉnh/thành phố của người gửi: from_province_name '" + fromName + "'"));
        return from.equals(to);
    }

    private SimulatedParcel parcel(String orderCode) {
        SimulatedParcel parcel = parcels.get(orderCode);
        if (parcel == null) {
            throw GhnError.refused("Lỗi gọi API: corev2_tenant_order_detail - code=404, "
                    + "message=Đơn hàng không tồn tại: " + orderCode);
        }
        return parcel;
    }

    /** A new order code like GHN's (letters and digits without look-alikes), never given before. */
    private String newOrderCode() {
        String code;
        do {
            StringBuilder letters = new StringBuilder("G");
            for (int i = 0; i < 7; i++) {
                letters.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
            }
            code = letters.toString();
        } while (parcels.containsKey(code));
        return code;
    }

    private String sortCode() {
        return String.format("%d-%02d-%02d", 1 + random.nextInt(9), random.nextInt(100), random.nextInt(100));
    }

    private static Map<String, Object> copy(Map<String, Object> request) {
        return new LinkedHashMap<>(request);
    }

    /** A whole number field, 0 when absent or not a number. */
    private static long number(Map<String, Object> request, String field) {
        Object value = request.get(field);
        return value instanceof Number n ? n.longValue() : longOrZero(value == null ? "" : value.toString().strip());
    }
}
