package io.o2o.fulfilment.simulator.ghn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GHN's order statuses as the simulator moves a parcel through them: the usual way to the customer,
 * the way back to the shop, which of them allow a cancel or a return, and what GHN's portal calls
 * each. Kept apart from the adapter's mapping on purpose: the simulator is GHN, not our view of it.
 */
final class GhnStatuses {

    static final String READY_TO_PICK = "ready_to_pick";
    static final String DELIVERING = "delivering";
    static final String DELIVERY_FAIL = "delivery_fail";
    static final String DELIVERED = "delivered";
    static final String WAITING_TO_RETURN = "waiting_to_return";
    static final String CANCEL = "cancel";

    /** The usual way of a parcel to the customer, after its creation. */
    static final List<String> TO_CUSTOMER = List.of(READY_TO_PICK, "picking", "picked", "storing", "transporting",
            DELIVERING, DELIVERED);

    /** The way back to the shop. */
    static final List<String> TO_SHOP = List.of(WAITING_TO_RETURN, "return", "return_transporting", "returning",
            "returned");

    /** Before the courier has the parcel: it can still be cancelled. */
    static final Set<String> CANCELLABLE = Set.of(READY_TO_PICK, "picking", "money_collect_picking");

    /** With the courier or at GHN on the way out: it can be sent back. */
    static final Set<String> RETURNABLE = Set.of("picked", "storing", "transporting", "sorting", DELIVERING,
            "money_collect_delivering", DELIVERY_FAIL);

    /** Already on the way back (or back): a return asked again changes nothing. */
    static final Set<String> RETURNING = Set.of(WAITING_TO_RETURN, "return", "return_transporting", "return_sorting",
            "returning", "return_fail", "returned");

    static final Set<String> FINAL = Set.of(DELIVERED, "returned", CANCEL, "lost", "damage");

    /** The statuses off the two ways, and where each stands on them: money collected at pick-up is picking. */
    private static final Map<String, String> SAME_PLACE_AS = Map.of("money_collect_picking", "picking", "sorting",
            "transporting", "money_collect_delivering", DELIVERING, "return_sorting", "return_transporting",
            "return_fail", "return_transporting");

    private static final Map<String, String> DESCRIPTIONS = descriptions();

    private GhnStatuses() {
    }

    static boolean known(String status) {
        return DESCRIPTIONS.containsKey(status);
    }

    /** GHN's words for a status, as its webhook's {@code Description}. */
    static String description(String status) {
        return DESCRIPTIONS.getOrDefault(status, status);
    }

    /** The status on one of the two ways that a status stands for. */
    static String placeOf(String status) {
        return SAME_PLACE_AS.getOrDefault(status, status);
    }

    private static Map<String, String> descriptions() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put(READY_TO_PICK, "Chờ lấy hàng");
        words.put("picking", "Nhân viên đang lấy hàng");
        words.put("money_collect_picking", "Đang thu tiền người gửi");
        words.put("picked", "Nhân viên đã lấy hàng");
        words.put("storing", "Hàng đang nằm ở kho");
        words.put("transporting", "Đang luân chuyển hàng");
        words.put("sorting", "Đang phân loại hàng hóa");
        words.put(DELIVERING, "Nhân viên đang giao cho người nhận");
        words.put("money_collect_delivering", "Nhân viên đang thu tiền người nhận");
        words.put(DELIVERED, "Nhân viên đã giao hàng thành công");
        words.put(DELIVERY_FAIL, "Nhân viên giao hàng thất bại");
        words.put(WAITING_TO_RETURN, "Đang đợi trả hàng về cho người gửi");
        words.put("return", "Trả hàng");
        words.put("return_transporting", "Đang luân chuyển hàng trả");
        words.put("return_sorting", "Đang phân loại hàng trả");
        words.put("returning", "Nhân viên đang đi trả hàng");
        words.put("return_fail", "Nhân viên trả hàng thất bại");
        words.put("returned", "Nhân viên trả hàng thành công");
        words.put(CANCEL, "Hủy đơn hàng");
        words.put("exception", "Đơn hàng ngoại lệ không nằm trong quy trình");
        words.put("lost", "Hàng thất lạc");
        words.put("damage", "Hàng bị hư hỏng");
        return words;
    }
}
