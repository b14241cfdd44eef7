package io.o2o.fulfilment.integrations.momo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.common.PartnerCall;
import io.o2o.fulfilment.integrations.common.Untrusted;
import io.o2o.fulfilment.integrations.momo.MomoSignature.Message;
import io.o2o.fulfilment.port.CaptureRequest;
import io.o2o.fulfilment.port.CaptureResult;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.PaymentStatus;
import io.o2o.fulfilment.port.PaymentStatusRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.VoidRequest;
import io.o2o.fulfilment.port.VoidResult;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Translates the payment ports into MoMo's messages and MoMo's answers back. A {@code resultCode}
 * that says the request itself was refused (amount, duplicate order, wallet limits, an
 * authorisation that is gone) is a business outcome; anything else that is not success
 * (maintenance, authentication, request still in progress, unknown codes) is a technical failure
 * that the process retries.
 */
class MomoPayments {

    /** Create refusals the customer or the order caused; retrying the same request cannot help. */
    private static final Set<Integer> CREATE_REFUSALS = Set.of(21, 22, 41, 42, 1001, 1002, 1004, 1007, 1026,
            4001);
    /** Refund refusals: nothing left to refund, or the payment cannot be refunded. */
    private static final Set<Integer> REFUND_REFUSALS = Set.of(21, 22, 42, 1081, 1088);
    /**
     * Confirm refusals: the amount is not the authorised one (22), no authorisation to confirm (42),
     * or it was cancelled, expired or closed by the merchant meanwhile.
     */
    private static final Set<Integer> CONFIRM_REFUSALS = Set.of(21, 22, 42, 1003, 1005, 1017);
    /** Query: the customer has not finished, or MoMo does not know the order yet (42). */
    private static final Set<Integer> STILL_PENDING = Set.of(1000, 7000, 7002, 8000, 42);
    /** Query: final refusals of the payment itself. */
    private static final Set<Integer> PAYMENT_FAILED = Set.of(1001, 1002, 1003, 1004, 1005, 1006, 1007, 1017, 1026,
            4001);
    private static final int MAX_ORDER_INFO = 255;

    private final MomoProperties properties;
    private final MomoSignature signature;
    private final PartnerCall momo;
    private final ObjectMapper json;

    MomoPayments(MomoProperties properties, PartnerCall momo, ObjectMapper json) {
        this.properties = properties;
        this.signature = new MomoSignature(properties.accessKey(), properties.secretKey());
        this.momo = momo;
        this.json = json;
    }

    /** MoMo answers a repeated requestId with its first answer, so a retried create reads like the first. */
    PaymentCreated create(PaymentRequest request) {
        Map<String, Object> answer = momo.post("create", "/v2/gateway/api/create", createRequest(request));
        int resultCode = resultCode("create", answer);
        String message = text(answer.get("message"));
        if (resultCode == 0) {
            return new PaymentCreated(PaymentCreated.Outcome.CREATED, request.paymentId(), text(answer.get("payUrl")),
                    "0", message);
        }
        if (CREATE_REFUSALS.contains(resultCode)) {
            return new PaymentCreated(PaymentCreated.Outcome.REJECTED, request.paymentId(), null,
                    String.valueOf(resultCode), message);
        }
        throw momo.failure("create", answer);
    }

    private Map<String, Object> createRequest(PaymentRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("requestId", request.idempotencyKey());
        body.put("amount", request.amount());
        body.put("orderId", request.paymentId());
        body.put("orderInfo", orderInfo(request));
        body.put("redirectUrl", text(properties.redirectUrl()));
        body.put("ipnUrl", properties.ipnUrl());
        body.put("requestType", properties.requestType());
        body.put("extraData", extraData(request.orderNumber()));
        // false stops the payment at 9000 (authorised) until confirm captures or cancels it
        body.put("autoCapture", request.capture());
        body.put("lang", properties.lang());
        body.put("signature", signature.sign(Message.CREATE, body));
        return body;
    }

    RefundResult refund(RefundRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("orderId", request.refundId());
        body.put("requestId", request.idempotencyKey());
        body.put("amount", request.amount());
        body.put("transId", request.providerTransactionId());
        body.put("lang", properties.lang());
        body.put("description", text(request.reason()));
        body.put("signature", signature.sign(Message.REFUND, body));
        Map<String, Object> answer = momo.post("refund", "/v2/gateway/api/refund", body);
        int resultCode = resultCode("refund", answer);
        String message = text(answer.get("message"));
        if (resultCode == 0) {
            Object refundTransId = answer.get("transId");
            return new RefundResult(RefundResult.Outcome.REFUNDED, request.refundId(),
                    refundTransId == null ? request.providerTransactionId() : refundTransId.toString(), "0", message);
        }
        if (REFUND_REFUSALS.contains(resultCode)) {
            return new RefundResult(RefundResult.Outcome.REJECTED, request.refundId(),
                    request.providerTransactionId(), String.valueOf(resultCode), message);
        }
        throw momo.failure("refund", answer);
    }

    /** MoMo captures only the whole authorisation: the authorised amount is sent and captured. */
    CaptureResult capture(CaptureRequest request) {
        Map<String, Object> answer = confirm("capture", request.idempotencyKey(), request.paymentId(),
                request.authorisedAmount(), request.description());
        String message = text(answer.get("message"));
        if (isSuccess("capture", answer)) {
            return new CaptureResult(CaptureResult.Outcome.CAPTURED, request.paymentId(), request.authorisedAmount(),
                    transId(answer, request.providerTransactionId()), "0", message);
        }
        return new CaptureResult(CaptureResult.Outcome.REJECTED, request.paymentId(), 0,
                request.providerTransactionId(), text(answer.get("resultCode")), message);
    }

    VoidResult cancel(VoidRequest request) {
        Map<String, Object> answer = confirm("cancel", request.idempotencyKey(), request.paymentId(), request.amount(),
                request.description());
        String message = text(answer.get("message"));
        return isSuccess("cancel", answer)
                ? new VoidResult(VoidResult.Outcome.VOIDED, request.paymentId(), "0", message)
                : new VoidResult(VoidResult.Outcome.REJECTED, request.paymentId(), text(answer.get("resultCode")),
                        message);
    }

    /**
     * A query changes nothing at MoMo, so it gets a fresh requestId each time: MoMo would answer a
     * repeated requestId with its first, possibly stale, answer.
     */
    PaymentStatus query(PaymentStatusRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("requestId", UUID.randomUUID().toString());
        body.put("orderId", request.paymentId());
        body.put("lang", properties.lang());
        body.put("signature", signature.sign(Message.QUERY, body));
        Map<String, Object> answer = momo.post("query", "/v2/gateway/api/query", body);
        int resultCode = resultCode("query", answer);
        PaymentStatus.State state = resultCode == 0 ? PaymentStatus.State.PAID
                : resultCode == 9000 ? PaymentStatus.State.AUTHORISED
                : STILL_PENDING.contains(resultCode) ? PaymentStatus.State.PENDING
                : PAYMENT_FAILED.contains(resultCode) ? PaymentStatus.State.FAILED
                : null;
        if (state == null) {
            throw momo.failure("query", answer);
        }
        Object amount = answer.get("amount");
        return new PaymentStatus(state, request.paymentId(), amount instanceof Number n ? n.longValue() : 0,
                transId(answer, null), String.valueOf(resultCode), text(answer.get("message")));
    }

    private Map<String, Object> confirm(String action, String requestId, String paymentId, long amount,
            String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("requestId", requestId);
        body.put("orderId", paymentId);
        body.put("requestType", action);
        body.put("amount", amount);
        body.put("lang", properties.lang());
        body.put("description", text(description));
        body.put("signature", signature.sign(Message.CONFIRM, body));
        return momo.post(action, "/v2/gateway/api/confirm", body);
    }

    /** True on success, false on a refusal; anything else is a technical failure. */
    private boolean isSuccess(String operation, Map<String, Object> answer) {
        int resultCode = resultCode(operation, answer);
        if (resultCode != 0 && !CONFIRM_REFUSALS.contains(resultCode)) {
            throw momo.failure(operation, answer);
        }
        return resultCode == 0;
    }

    private static int resultCode(String operation, Map<String, Object> answer) {
        Object code = answer.get("resultCode");
        if (code instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(code));
        } catch (NumberFormatException e) {
            // the code only: the rest of MoMo's answer carries its signature
            throw new RemoteSystemException("MoMo " + operation + " answered a resultCode that is no number: "
                    + Untrusted.cut(code));
        }
    }

    /** MoMo's transId, or {@code otherwise} when MoMo gave none (0 before the customer paid). */
    private static String transId(Map<String, Object> answer, String otherwise) {
        Object transId = answer.get("transId");
        return transId == null || "0".equals(transId.toString()) ? otherwise : transId.toString();
    }

    private static String orderInfo(PaymentRequest request) {
        String info = request.description() == null || request.description().isBlank()
                ? "Thanh toán đơn hàng " + request.orderNumber()
                : request.description();
        return info.length() > MAX_ORDER_INFO ? info.substring(0, MAX_ORDER_INFO) : info;
    }

    /** MoMo echoes extraData in the IPN; the order number there helps people reading MoMo's portal. */
    private String extraData(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return "";
        }
        try {
            byte[] data = json.writeValueAsBytes(Map.of("orderNumber", orderNumber));
            return Base64.getEncoder().encodeToString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
