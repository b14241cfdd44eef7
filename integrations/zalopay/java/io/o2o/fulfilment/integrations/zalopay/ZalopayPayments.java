package io.o2o.fulfilment.integrations.zalopay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.PartnerCall;
import io.o2o.fulfilment.integrations.zalopay.ZalopayMac.Request;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatus;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the payment ports into ZaloPay's v2 messages and ZaloPay's answers back.
 * {@code return_code} 1 is success, 2 a failure and 3 "processing"; a failure that comes from our
 * side of the contract (a wrong mac, a duplicate id) is technical, not the customer's refusal.
 */
class ZalopayPayments {

    /** Invalid mac (-402) and duplicate app_trans_id (-68): our mistakes or an earlier attempt, never the customer's. */
    private static final Set<Integer> TECHNICAL_SUB_CODES = Set.of(-402, -68);
    private static final int SUCCESS = 1;
    private static final int FAILED = 2;
    private static final int PROCESSING = 3;
    private static final int MAX_DESCRIPTION = 256;

    private final ZalopayProperties properties;
    private final ZalopayMac mac;
    private final ZalopayIds ids;
    private final PartnerCall zalopay;
    private final CreatedPayments created = new CreatedPayments();
    private final ObjectMapper json;
    private final Clock clock;

    ZalopayPayments(ZalopayProperties properties, PartnerCall zalopay, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.mac = new ZalopayMac(properties.key1(), properties.key2());
        this.ids = new ZalopayIds(properties.appId(), clock, properties.lookbackDays());
        this.zalopay = zalopay;
        this.json = json;
        this.clock = clock;
    }

    PaymentCreated create(PaymentRequest request) {
        if (!request.capture()) {
            throw new IllegalArgumentException("ZaloPay cannot authorise without capturing: payment "
                    + request.paymentId() + " must be asked with capture=true");
        }
        Optional<PaymentCreated> earlier = created.get(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<String, Object> answer = zalopay.post("create", "/v2/create", createRequest(request));
        int returnCode = code(answer);
        PaymentCreated result;
        if (returnCode == SUCCESS) {
            result = new PaymentCreated(PaymentCreated.Outcome.CREATED, request.paymentId(),
                    text(answer.get("order_url")), "1", text(answer.get("return_message")));
        } else if (returnCode == FAILED && !TECHNICAL_SUB_CODES.contains(subCode(answer))) {
            result = new PaymentCreated(PaymentCreated.Outcome.REJECTED, request.paymentId(), null,
                    "2/" + answer.get("sub_return_code"), subMessage(answer));
        } else {
            throw zalopay.failure("create", answer);
        }
        created.put(request.idempotencyKey(), result);
        return result;
    }

    private Map<String, Object> createRequest(PaymentRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("app_id", properties.appId());
        body.put("app_user", properties.appUser());
        body.put("app_trans_id", ids.appTransId(request.paymentId()));
        body.put("app_time", clock.millis());
        body.put("amount", request.amount());
        body.put("item", "[]");
        // ZaloPay echoes embed_data in the callback: the paymentId there leads back to our payment
        body.put("embed_data", jsonText(Map.of("paymentId", request.paymentId(), "orderNumber",
                text(request.orderNumber()))));
        body.put("description", description(request));
        body.put("bank_code", "");
        body.put("callback_url", properties.callbackUrl());
        body.put("expire_duration_seconds", properties.orderTtl().toSeconds());
        body.put("mac", mac.sign(Request.CREATE, body));
        return body;
    }

    /**
     * Asks for the payment under each day's app_trans_id it may have been made with. Paid on any day
     * wins; else processing on any day is still pending; else it failed (or never reached ZaloPay).
     */
    PaymentStatus query(PaymentStatusRequest request) {
        PaymentStatus pending = null;
        PaymentStatus failed = null;
        for (String appTransId : ids.appTransIds(request.paymentId())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("app_id", properties.appId());
            body.put("app_trans_id", appTransId);
            body.put("mac", mac.sign(Request.QUERY, body));
            Map<String, Object> answer = zalopay.post("query", "/v2/query", body);
            int returnCode = code(answer);
            if (returnCode == SUCCESS) {
                return status(PaymentStatus.State.PAID, request, answer);
            }
            if (returnCode == PROCESSING && pending == null) {
                pending = status(PaymentStatus.State.PENDING, request, answer);
            } else if (returnCode == FAILED && failed == null) {
                failed = status(PaymentStatus.State.FAILED, request, answer);
            } else if (returnCode != PROCESSING && returnCode != FAILED) {
                throw zalopay.failure("query", answer);
            }
        }
        return pending != null ? pending : failed;
    }

    private static PaymentStatus status(PaymentStatus.State state, PaymentStatusRequest request,
            Map<String, Object> answer) {
        Object amount = answer.get("amount");
        Object zpTransId = answer.get("zp_trans_id");
        return new PaymentStatus(state, request.paymentId(), amount instanceof Number n ? n.longValue() : 0,
                zpTransId == null || "0".equals(zpTransId.toString()) ? null : zpTransId.toString(),
                String.valueOf(answer.get("return_code")), subMessage(answer));
    }

    /**
     * ZaloPay may answer a refund with "processing". A retried call must not refund twice, so it
     * first asks ZaloPay about the refund's ids of today and the days before; only when none is
     * refunded or processing is the refund sent (again).
     */
    RefundResult refund(RefundRequest request) {
        for (String refundId : ids.refundIds(request.refundId())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("app_id", properties.appId());
            body.put("m_refund_id", refundId);
            body.put("timestamp", clock.millis());
            body.put("mac", mac.sign(Request.QUERY_REFUND, body));
            Map<String, Object> answer = zalopay.post("query_refund", "/v2/query_refund", body);
            int returnCode = code(answer);
            if (returnCode == SUCCESS) {
                return refunded(request, answer);
            }
            if (returnCode == PROCESSING) {
                throw processing(refundId, answer);
            }
        }
        String refundId = ids.refundId(request.refundId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("app_id", properties.appId());
        body.put("m_refund_id", refundId);
        body.put("zp_trans_id", request.providerTransactionId());
        body.put("amount", request.amount());
        body.put("timestamp", clock.millis());
        body.put("description", text(request.reason()));
        body.put("mac", mac.sign(Request.REFUND, body));
        Map<String, Object> answer = zalopay.post("refund", "/v2/refund", body);
        int returnCode = code(answer);
        if (returnCode == SUCCESS) {
            return refunded(request, answer);
        }
        if (returnCode == PROCESSING) {
            throw processing(refundId, answer);
        }
        if (returnCode == FAILED && !TECHNICAL_SUB_CODES.contains(subCode(answer))) {
            return new RefundResult(RefundResult.Outcome.REJECTED, request.refundId(),
                    request.providerTransactionId(), "2/" + answer.get("sub_return_code"), subMessage(answer));
        }
        throw zalopay.failure("refund", answer);
    }

    private static RefundResult refunded(RefundRequest request, Map<String, Object> answer) {
        Object zalopayRefundId = answer.get("refund_id");
        return new RefundResult(RefundResult.Outcome.REFUNDED, request.refundId(),
                zalopayRefundId == null ? request.providerTransactionId() : zalopayRefundId.toString(), "1",
                subMessage(answer));
    }

    /** The engine retries; the next try's query_refund finds the outcome. */
    private static RemoteSystemException processing(String refundId, Map<String, Object> answer) {
        return new RemoteSystemException("ZaloPay refund " + refundId + " is still processing: "
                + subMessage(answer));
    }

    private static int code(Map<String, Object> answer) {
        return answer.get("return_code") instanceof Number n ? n.intValue() : Integer.MIN_VALUE;
    }

    private static int subCode(Map<String, Object> answer) {
        return answer.get("sub_return_code") instanceof Number n ? n.intValue() : 0;
    }

    /** ZaloPay's most specific words: the sub message when there is one. */
    private static String subMessage(Map<String, Object> answer) {
        Object sub = answer.get("sub_return_message");
        return sub == null || sub.toString().isBlank() ? text(answer.get("return_message")) : sub.toString();
    }

    private static String description(PaymentRequest request) {
        String text = request.description() == null || request.description().isBlank()
                ? "Thanh toán đơn hàng " + request.orderNumber()
                : request.description();
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
    }

    private String jsonText(Map<String, String> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
