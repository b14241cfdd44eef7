package io.o2o.fulfilment.integrations.zalopay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.AdapterRoutes;
import io.o2o.fulfilment.integrations.common.PartnerApi;
import io.o2o.fulfilment.integrations.common.PartnerCall;
import io.o2o.fulfilment.integrations.common.Untrusted;
import io.o2o.fulfilment.integrations.zalopay.ZalopayCallback.InvalidCallbackException;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.VoidRequest;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The ZaloPay adapter: {@code direct:zalopay-create}, {@code -refund} and {@code -query} serve the
 * payment ports over ZaloPay's v2 API; {@code -capture} and {@code -void} refuse, since ZaloPay
 * has no authorisation. {@code platform-http:/callbacks/zalopay} receives ZaloPay's callback and
 * hands authentic ones to {@code direct:payment.notification}, answering as ZaloPay expects:
 * {@code return_code} 1 taken, -1 refused for good (bad mac, not ours, or the application rejects
 * it), 0 failed here so that ZaloPay calls back again.
 */
@ConditionalOnProperty(name = "o2o.zalopay.enabled", havingValue = "true", matchIfMissing = true)
@Component
class ZalopayRoutes extends AdapterRoutes {

    private static final Logger log = LoggerFactory.getLogger(ZalopayRoutes.class);
    private static final String APP_TRANS_ID = "zalopayAppTransId";
    private static final int MAX_REASON = 200;

    private final ZalopayProperties properties;
    private final ZalopayCallback callback;
    private final Clock clock;

    ZalopayRoutes(ZalopayProperties properties, ObjectMapper json, Clock clock) {
        super(json);
        this.properties = properties;
        this.callback = new ZalopayCallback(properties, json);
        this.clock = clock;
    }

    @Override
    public void configure() {
        ZalopayPayments payments = new ZalopayPayments(properties, new PartnerCall(new PartnerApi("ZaloPay",
                "o2o.zalopay.endpoint", properties.connectTimeout(), properties.readTimeout(), "return_code",
                "return_message"), getContext(), json), json, clock);
        serve("zalopay-create", PaymentRequest.class, payments::create);
        serve("zalopay-refund", RefundRequest.class, payments::refund);
        serve("zalopay-query", PaymentStatusRequest.class, payments::query);
        serve("zalopay-capture", CaptureRequest.class, request -> {
            throw new IllegalStateException("ZaloPay has no authorisation to capture; payment "
                    + request.paymentId() + " was paid at once");
        });
        serve("zalopay-void", VoidRequest.class, request -> {
            throw new IllegalStateException("ZaloPay has no authorisation to void; refund payment "
                    + request.paymentId() + " instead");
        });

        // doTry rather than onException: an exception of payment.notification is already exhausted by
        // that route's error handler and would pass by this route's onException
        from("platform-http:/callbacks/zalopay?httpMethodRestrict=POST").routeId("zalopay-callback")
                .doTry()
                    .process(exchange -> {
                        Map<String, Object> data = callback.authenticate(exchange.getMessage().getBody(String.class));
                        exchange.setProperty(APP_TRANS_ID, data.get("app_trans_id"));
                        exchange.getMessage().removeHeaders("*");
                        exchange.getMessage().setBody(callback.notification(data));
                    })
                    .to(PAYMENT_NOTIFICATION)
                    .process(exchange -> reply(exchange, 200, "{\"return_code\":1,\"return_message\":\"success\"}"))
                .doCatch(InvalidCallbackException.class, CallbackRejectedException.class)
                    .process(exchange -> {
                        String reason = caught(exchange).getMessage();
                        log.warn("Rejected ZaloPay callback for app_trans_id {}: {}",
                                Untrusted.cut(exchange.getProperty(APP_TRANS_ID)), Untrusted.cut(reason, MAX_REASON));
                        reply(exchange, 200, json.writeValueAsString(Map.of("return_code", -1, "return_message",
                                caught(exchange) instanceof InvalidCallbackException ? reason : "callback rejected")));
                    })
                .doCatch(Exception.class)
                    .process(exchange -> {
                        log.error("ZaloPay callback for app_trans_id {} failed, ZaloPay will call back again",
                                Untrusted.cut(exchange.getProperty(APP_TRANS_ID)), caught(exchange));
                        reply(exchange, 200, "{\"return_code\":0,\"return_message\":\"not processed, retry\"}");
                    })
                .end();
    }
}
