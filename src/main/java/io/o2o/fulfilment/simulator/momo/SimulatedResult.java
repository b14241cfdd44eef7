package io.o2o.fulfilment.simulator.momo;

/**
 * The MoMo resultCodes the simulator answers with. Codes are MoMo's; the wording is the
 * simulator's own (MoMo localises messages by the request's {@code lang}).
 */
enum SimulatedResult {

    SUCCESS(0, "Thành công.", "Successful."),
    AUTHORISED(9000, "Giao dịch đã được xác nhận thành công.", "Transaction authorised successfully."),
    INITIATED(1000, "Giao dịch đã được khởi tạo, chờ người dùng xác nhận thanh toán.",
            "Transaction initiated, waiting for the user to confirm."),
    ACCESS_DENIED(11, "Truy cập bị từ chối.", "Access denied."),
    AUTHENTICATION_FAILED(13, "Xác thực doanh nghiệp thất bại.", "Merchant authentication failed."),
    BAD_FORMAT(20, "Yêu cầu sai định dạng.", "Bad format request."),
    INVALID_AMOUNT(21, "Số tiền giao dịch không hợp lệ.", "Invalid transaction amount."),
    AMOUNT_OUT_OF_RANGE(22, "Số tiền giao dịch nằm ngoài giới hạn.", "Transaction amount out of range."),
    DUPLICATE_ORDER_ID(41, "OrderId bị trùng.", "Duplicated orderId."),
    UNKNOWN_ORDER(42, "OrderId không hợp lệ hoặc không được tìm thấy.", "Invalid or unknown orderId."),
    CANCELLED(1003, "Giao dịch đã bị hủy.", "Transaction cancelled."),
    EXPIRED(1005, "Giao dịch thất bại do url hoặc QR code đã hết hạn.", "The payment link or QR code expired."),
    DENIED_BY_USER(1006, "Giao dịch bị từ chối bởi người dùng.", "Transaction denied by the user."),
    REFUND_REJECTED(1081, "Giao dịch hoàn tiền bị từ chối: đã hoàn tiền hoặc vượt số tiền thanh toán.",
            "Refund rejected: already refunded or more than the amount paid."),
    NOT_REFUNDABLE(1088, "Giao dịch không được hoàn tiền.", "Transaction not refundable.");

    final int code;
    private final String vietnamese;
    private final String english;

    SimulatedResult(int code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    String message(String lang) {
        return "en".equals(lang) ? english : vietnamese;
    }
}
