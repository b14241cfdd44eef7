package io.o2o.fulfilment.integrations.ghn;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.AdapterRoutes;
import io.o2o.fulfilment.integrations.common.PartnerApi;
import io.o2o.fulfilment.integrations.common.PartnerCall;
import io.o2o.fulfilment.integrations.common.Untrusted;
import io.o2o.fulfilment.integrations.ghn.GhnWebhook.InvalidWebhookException;
import io.o2o.fulfilment.port.CallbackRejectedException;
import io.o2o.fulfilment.port.ParcelBookingRequest;
import io.o2o.fulfilment.port.ParcelChangeRequest;
import io.o2o.fulfilment.port.ParcelEvent;
import io.o2o.fulfilment.port.ParcelQuoteRequest;
import io.o2o.fulfilment.port.ParcelTrackRequest;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.model.TryDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The GHN adapter: {@code direct:ghn-quote}, {@code -book}, {@code -cancel}, {@code -return} and
 * {@code -track} serve the carrier ports over GHN's public API v2;
 * {@code platform-http:/callbacks/carriers/ghn} takes GHN's webhook and hands status changes to
 * {@code direct:carrier.event}. Answers to GHN, which sends a webhook again (10 times, 5 s apart)
 * unless it gets HTTP 200: 200 when taken, not ours to act on, or rejected by the application (a
 * parcel it does not know will not become known by asking again); 401 without our secret, 400 when
 * unreadable, 500 when taking it failed here, so that GHN sends it again.
 */
@ConditionalOnProperty(name = "o2o.ghn.enabled", havingValue = "true", matchIfMissing = true)
@Component
class GhnRoutes extends AdapterRoutes {

    private static final Logger log = LoggerFactory.getLogger(GhnRoutes.class);
    private static final String ORDER_CODE = "ghnOrderCode";
    private static final int MAX_REASON = 200;
    private static final String TAKEN = "{\"code\":200,\"message\":\"Success\"}";

    private final GhnProperties properties;
    private final GhnWebhook webhook;

    GhnRoutes(GhnProperties properties, ObjectMapper json) {
        super(json);
        this.properties = properties;
        this.webhook = new GhnWebhook(properties.webhookSecret(), json);
    }

    @Override
    public void configure() {
        GhnParcels parcels = new GhnParcels(new GhnApi(new PartnerCall(new PartnerApi("GHN", "o2o.ghn.base-url",
                properties.connectTimeout(), properties.readTimeout(), "code", "message"), getContext(), json),
                properties), properties);
        serve("ghn-quote", ParcelQuoteRequest.class, parcels::quote);
        serve("ghn-book", ParcelBookingRequest.class, parcels::book);
        serve("ghn-cancel", ParcelChangeRequest.class, parcels::cancel);
        serve("ghn-return", ParcelChangeRequest.class, parcels::returnToStore);
        serve("ghn-track", ParcelTrackRequest.class, parcels::track);

        // doTry rather than onException: an exception of carrier.event is already exhausted by that
        // route's error handler and would pass by this route's onException
        TryDefinition webhooks = from("platform-http:/callbacks/carriers/ghn?httpMethodRestrict=POST")
                .routeId("ghn-webhook")
                .doTry()
                .process(exchange -> exchange.getMessage().setBody(read(exchange)));
        webhooks.filter(body().isNotNull()).to(CARRIER_EVENT);
        webhooks.process(exchange -> reply(exchange, 200, TAKEN))
                .doCatch(InvalidWebhookException.class)
                    .process(exchange -> {
                        InvalidWebhookException invalid = (InvalidWebhookException) caught(exchange);
                        log.warn("Rejected GHN webhook for OrderCode {}: {}",
                                Untrusted.cut(exchange.getProperty(ORDER_CODE)), invalid.getMessage());
                        reply(exchange, invalid.status(), json.writeValueAsString(Map.of("code", invalid.status(),
                                "message", invalid.status() == 401 ? "Unauthorized" : invalid.getMessage())));
                    })
                .doCatch(CallbackRejectedException.class)
                    .process(exchange -> {
                        log.warn("GHN webhook for OrderCode {} taken but rejected by the application: {}",
                                Untrusted.cut(exchange.getProperty(ORDER_CODE)),
                                Untrusted.cut(caught(exchange).getMessage(), MAX_REASON));
                        reply(exchange, 200, TAKEN);
                    })
                .doCatch(Exception.class)
                    .process(exchange -> {
                        log.error("GHN webhook for OrderCode {} failed, GHN will send it again",
                                Untrusted.cut(exchange.getProperty(ORDER_CODE)), caught(exchange));
                        reply(exchange, 500, "{\"code\":500,\"message\":\"not processed, send again\"}");
                    })
                .end();
    }

    /**
     * The event to hand over, or null for a webhook that is taken without one; throws for a forged or
     * unreadable one.
     */
    private ParcelEvent read(Exchange exchange) {
        Map<String, Object> fields = webhook.parse(exchange.getMessage().getBody(String.class));
        exchange.setProperty(ORDER_CODE, fields == null ? null : fields.get("OrderCode"));
        if (!webhook.authentic(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class))) {
            throw new InvalidWebhookException(401, "no or a wrong token in the webhook URL");
        }
        if (fields == null) {
            throw new InvalidWebhookException("the body is no JSON object");
        }
        exchange.getMessage().removeHeaders("*");
        if (!GhnWebhook.isStatusChange(fields)) {
            log.info("GHN webhook {} for OrderCode {} taken, nothing to hand over", Untrusted.cut(fields.get("Type")),
                    Untrusted.cut(fields.get("OrderCode")));
            return null;
        }
        ParcelEvent event = GhnWebhook.event(fields);
        if (event.state() == null) {
            log.warn("GHN reports status '{}' for OrderCode {}, which no parcel state stands for: taken, not handed"
                    + " over; look the order up at GHN", Untrusted.cut(event.carrierStatus()),
                    Untrusted.cut(event.carrierOrderCode()));
            return null;
        }
        return event;
    }
}
