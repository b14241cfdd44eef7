package io.o2o.fulfilment.simulator.momo;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** The simulator's HTML: MoMo's pay page and, when the shop gave no redirectUrl, a result page. */
final class MomoPayPage {

    private MomoPayPage() {
    }

    static String payPage(SimulatedPayment payment, boolean expired) {
        String body;
        if (!payment.waitingForUser()) {
            body = "<p>Giao dịch đã hoàn tất / This payment is already decided (resultCode "
                    + payment.status.code + ").</p>";
        } else {
            body = (expired ? "<p class=\"warn\">Liên kết đã hết hạn / This link has expired.</p>" : "")
                    + "<form method=\"post\">"
                    + "<button name=\"action\" value=\"pay\" class=\"pay\">Thanh toán / Pay</button>"
                    + "<button name=\"action\" value=\"decline\">Từ chối / Decline</button>"
                    + "</form>";
        }
        return page("MoMo (simulator)", "<p class=\"amount\">" + vnd(payment.amount) + "</p>"
                + "<p>" + htmlEscape(payment.orderInfo) + "</p>"
                + "<p class=\"small\">Mã đơn hàng / Order: " + htmlEscape(payment.orderId) + "</p>" + body);
    }

    static String resultPage(Map<String, Object> ipn) {
        Object resultCode = ipn.get("resultCode");
        String title = Integer.valueOf(0).equals(resultCode) ? "Thanh toán thành công / Paid"
                // authorised: MoMo holds the money until the shop captures it or lets it go
                : Integer.valueOf(9000).equals(resultCode)
                        ? "Đã giữ tiền, trừ khi nhận hàng / Money held until you collect the order"
                        : "Thanh toán không thành công / Not paid";
        return page(title,
                "<p>" + htmlEscape(String.valueOf(ipn.get("message"))) + "</p>"
                        + "<p class=\"small\">orderId " + htmlEscape(String.valueOf(ipn.get("orderId")))
                        + " · resultCode " + ipn.get("resultCode") + " · transId " + ipn.get("transId") + "</p>");
    }

    private static String vnd(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " ₫";
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + htmlEscape(title) + "</title><style>"
                + "body{font-family:sans-serif;max-width:26rem;margin:2rem auto;text-align:center;color:#222}"
                + "h1{color:#a50064;font-size:1.3rem}.amount{font-size:2rem;font-weight:bold}"
                + ".small{color:#666;font-size:.85rem}.warn{color:#b00}"
                + "button{font-size:1rem;padding:.7rem 1.2rem;margin:.4rem;border-radius:.4rem;border:1px solid #a50064;"
                + "background:#fff;color:#a50064}button.pay{background:#a50064;color:#fff}"
                + "</style></head><body><h1>" + htmlEscape(title) + "</h1>" + content
                + "<p class=\"small\">Trình mô phỏng MoMo, không phải MoMo thật / MoMo simulator, not real MoMo</p>"
                + "</body></html>";
    }
}
