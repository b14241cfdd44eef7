package io.o2o.fulfilment.integrations.momo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.AdapterRoutes;
import io.o2o.fulfilment.integrations.common.PartnerApi;
import io.o2o.fulfilment.integrations.common.PartnerCall;
import io.o2o.fulfilment.integrations.common.Untrusted;
import io.o2o.fulfilment.integrations.momo.MomoIpn.InvalidIpnException;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.VoidRequest;
import java.util.Map;
import org.apache.camel.model.TryDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The MoMo adapter: {@code direct:momo-create}, {@code -capture}, {@code -void}, {@code -refund}
 * and {@code -query} serve the payment ports over MoMo's API;
 * {@code platform-http:/callbacks/momo/ipn} receives MoMo's IPN and hands authentic, final ones
 * and authorisations to {@code direct:payment.notification}.
 */
@ConditionalOnProperty(name = "o2o.momo.enabled", havingValue = "true", matchIfMissing = true)
@Component
class MomoRoutes extends AdapterRoutes {

    private static final Logger log = LoggerFactory.getLogger(MomoRoutes.class);
    private static final String ORDER_ID = "momoOrderId";
    private static final int MAX_REASON = 200;

    private final MomoProperties properties;
    private final MomoIpn ipn;

    MomoRoutes(MomoProperties properties, ObjectMapper json) {
        super(json);
        this.properties = properties;
        this.ipn = new MomoIpn(properties, json);
    }

    @Override
    public void configure() {
        MomoPayments payments = new MomoPayments(properties, new PartnerCall(new PartnerApi("MoMo", "o2o.momo.endpoint",
                properties.connectTimeout(), properties.readTimeout(), "resultCode", "message"), getContext(), json),
                json);
        serve("momo-create", PaymentRequest.class, payments::create);
        serve("momo-capture", CaptureRequest.class, payments::capture);
        serve("momo-void", VoidRequest.class, payments::cancel);
        serve("momo-refund", RefundRequest.class, payments::refund);
        serve("momo-query", PaymentStatusRequest.class, payments::query);

        // doTry rather than onException: an exception of payment.notification is already exhausted by
        // that route's error handler and would pass by this route's onException
        TryDefinition ipnHandling = from("platform-http:/callbacks/momo/ipn?httpMethodRestrict=POST").routeId("momo-ipn")
                .doTry()
                .process(exchange -> {
                    Map<String, Object> fields = ipn.parse(exchange.getMessage().getBody(String.class));
                    exchange.setProperty(ORDER_ID, fields.get("orderId"));
                    exchange.getMessage().removeHeaders("*");
                    exchange.getMessage().setBody(ipn.authenticate(fields).orElse(null));
                });
        ipnHandling.filter(body().isNotNull()).to(PAYMENT_NOTIFICATION);
        ipnHandling.process(exchange -> reply(exchange, 204, null))
                .doCatch(InvalidIpnException.class, CallbackRejectedException.class)
                    .process(exchange -> {
                        log.warn("Rejected MoMo IPN for orderId {}: {}", Untrusted.cut(exchange.getProperty(ORDER_ID)),
                                Untrusted.cut(caught(exchange).getMessage(), MAX_REASON));
                        reply(exchange, 400, "{\"message\":\"IPN rejected\"}");
                    })
                .doCatch(Exception.class)
                    .process(exchange -> {
                        log.error("MoMo IPN for orderId {} failed, MoMo will retry it",
                                Untrusted.cut(exchange.getProperty(ORDER_ID)), caught(exchange));
                        reply(exchange, 500, "{\"message\":\"IPN not processed, retry later\"}");
                    })
                .end();
    }
}
