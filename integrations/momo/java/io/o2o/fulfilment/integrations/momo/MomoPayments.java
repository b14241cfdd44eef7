package io.o2o.fulfilment.integrations.momo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.momo.MomoSignature.Message;
import io.o2o.fulfilment.port.PaymentCreated;
import io.o2o.fulfilment.port.PaymentRequest;
import io.o2o.fulfilment.port.RefundRequest;
import io.o2o.fulfilment.port.RefundResult;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Translates the payment ports into MoMo's create and refund messages and MoMo's answers back.
 * A {@code resultCode} that says the request itself was refused (amount, duplicate order, wallet
 * limits) is a business outcome; anything else that is not success (maintenance, authentication,
 * request still in progress, unknown codes) is a technical failure that the process retries.
 */
class MomoPayments {

    /** Create refusals the customer or the order caused; retrying the same request cannot help. */
    private static final Set<Integer> CREATE_REFUSALS = Set.of(21, 22, 41, 42, 1001, 1002, 1004, 1007, 1026,
            4001);
    /** Refund refusals: nothing left to refund, or the payment cannot be refunded. */
    private static final Set<Integer> REFUND_REFUSALS = Set.of(21, 22, 42, 1081, 1088);
    private static final int MAX_ORDER_INFO = 255;

    private final MomoProperties properties;
    private final MomoSignature signature;
    private final ObjectMapper json;

    MomoPayments(MomoProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.signature = new MomoSignature(properties.accessKey(), properties.secretKey());
        this.json = json;
    }

    Map<String, Object> createRequest(PaymentRequest request) {
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
        body.put("autoCapture", true);
        body.put("lang", properties.lang());
        body.put("signature", signature.sign(Message.CREATE, body));
        return body;
    }

    /** MoMo answers a repeated requestId with its first answer, so a retried create reads like the first. */
    PaymentCreated paymentCreated(PaymentRequest request, Map<String, Object> answer) {
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
        throw failure("create", answer);
    }

    Map<String, Object> refundRequest(RefundRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", properties.partnerCode());
        body.put("orderId", request.refundId());
        body.put("requestId", request.idempotencyKey());
        body.put("amount", request.amount());
        body.put("transId", request.providerTransactionId());
        body.put("lang", properties.lang());
        body.put("description", text(request.reason()));
        body.put("signature", signature.sign(Message.REFUND, body));
        return body;
    }

    RefundResult refundResult(RefundRequest request, Map<String, Object> answer) {
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
        throw failure("refund", answer);
    }

    private static int resultCode(String operation, Map<String, Object> answer) {
        Object code = answer.get("resultCode");
        if (code instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(code));
        } catch (NumberFormatException e) {
            throw new RemoteSystemException("MoMo " + operation + " answered without a resultCode: " + answer);
        }
    }

    private static RemoteSystemException failure(String operation, Map<String, Object> answer) {
        return new RemoteSystemException("MoMo " + operation + " failed: resultCode " + answer.get("resultCode")
                + ", message \"" + text(answer.get("message")) + "\"");
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
