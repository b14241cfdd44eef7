package io.o2o.fulfilment.simulator.zalopay;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.text.NumberFormat;
import java.util.Locale;

/** The simulator's pay page behind {@code order_url}, in Vietnamese and English. */
final class ZalopayPayPage {

    private ZalopayPayPage() {
    }

    static String render(SimulatedOrder order, boolean expired) {
        String body = switch (order.status) {
            case PAID -> "<p>Đã thanh toán / Paid · zp_trans_id " + order.zpTransId + "</p>";
            case DECLINED -> "<p>Đã từ chối / Declined</p>";
            case UNPAID -> expired ? "<p class=\"warn\">Đơn hàng đã hết hạn / This order has expired.</p>"
                    : "<form method=\"post\">"
                            + "<button name=\"action\" value=\"pay\" class=\"pay\">Thanh toán / Pay</button>"
                            + "<button name=\"action\" value=\"decline\">Từ chối / Decline</button>"
                            + "</form>";
        };
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>ZaloPay (simulator)</title><style>"
                + "body{font-family:sans-serif;max-width:26rem;margin:2rem auto;text-align:center;color:#222}"
                + "h1{color:#0068ff;font-size:1.3rem}.amount{font-size:2rem;font-weight:bold}"
                + ".small{color:#666;font-size:.85rem}.warn{color:#b00}"
                + "button{font-size:1rem;padding:.7rem 1.2rem;margin:.4rem;border-radius:.4rem;border:1px solid #0068ff;"
                + "background:#fff;color:#0068ff}button.pay{background:#0068ff;color:#fff}"
                + "</style></head><body><h1>ZaloPay (simulator)</h1>"
                + "<p class=\"amount\">" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"))
                        .format(order.amount) + " ₫</p>"
                + "<p>" + htmlEscape(order.description) + "</p>"
                + "<p class=\"small\">Mã giao dịch / Transaction: " + htmlEscape(order.appTransId) + "</p>" + body
                + "<p class=\"small\">Trình mô phỏng ZaloPay, không phải ZaloPay thật / ZaloPay simulator, not real"
                + " ZaloPay</p></body></html>";
    }
}
