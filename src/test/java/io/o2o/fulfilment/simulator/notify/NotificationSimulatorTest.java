package io.o2o.fulfilment.simulator.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSimulatorTest {

    private final NotificationSimulator gateway = new NotificationSimulator(
            Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void sendsOncePerKeyAndKeepsTheOutboxInOrder() {
        var ready = gateway.send("k1", message("WEB-1", "0901", "READY_FOR_PICKUP", Map.of("pickupCode", "111222")));
        var repeated = gateway.send("k1", message("WEB-1", "0901", "READY_FOR_PICKUP", Map.of("pickupCode", "111222")));
        var reminder = gateway.send("k2", message("WEB-1", "0901", "PICKUP_REMINDER", Map.of("pickupCode", "111222")));
        gateway.send("k3", message("WEB-2", "0902", "ORDER_CANCELLED", Map.of()));

        assertThat(repeated.repeated()).isTrue();
        assertThat(repeated.value()).isEqualTo(ready.value());
        assertThat(gateway.messages("WEB-1", null)).containsExactly(ready.value(), reminder.value());
        assertThat(gateway.messages(null, "0902")).singleElement()
                .satisfies(m -> assertThat(m.channel()).isEqualTo("SMS"));
    }

    @Test
    void rendersVietnameseWithTheParametersAndLeavesOutSentencesWithoutThem() {
        String text = MessageTemplates.render("READY_FOR_PICKUP", "WEB-1", "An",
                Map.of("pickupCode", "482913", "storeName", "O2O Mart Nguyễn Huệ"));

        assertThat(text).isEqualTo("O2O Mart: Đơn hàng WEB-1 đã sẵn sàng để nhận tại O2O Mart Nguyễn Huệ."
                + " Mã nhận hàng của bạn: 482913.");
    }

    @Test
    void rendersEnglishOnRequestAndFallsBackForUnknownTemplates() {
        assertThat(MessageTemplates.render("PAYMENT_REFUNDED", "WEB-1", "An", Map.of("amount", "150000", "language", "en")))
                .isEqualTo("O2O Mart: We refunded 150,000 VND for order WEB-1."
                        + " The money reaches your wallet or account within 1-3 working days.");
        assertThat(MessageTemplates.render("PAYMENT_REFUNDED", "WEB-1", "An", Map.of("amount", "150000")))
                .startsWith("O2O Mart: Đã hoàn 150.000 ₫ cho đơn hàng WEB-1.");
        assertThat(MessageTemplates.render("LOYALTY_POINTS", "WEB-1", "An", null))
                .isEqualTo("O2O Mart: There is an update on your order WEB-1: LOYALTY_POINTS.");
    }

    private static MessageRequest message(String orderNumber, String phone, String template,
            Map<String, String> parameters) {
        return new MessageRequest(null, orderNumber, template, "Nguyễn Văn An", phone, null, parameters);
    }
}
