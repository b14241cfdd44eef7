package io.o2o.fulfilment.port;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of outbound ports. A port named {@code wms.reserve} is served at
 * {@code direct:wms.reserve}, which forwards to the configured adapter's endpoint
 * {@code direct:<adapter>-reserve}.
 */
public enum Port {

    WMS_RESERVE("wms.reserve", StockReservationRequest.class, StockReservationResult.class),
    WMS_RELEASE("wms.release", StockReleaseRequest.class, StockMovementResult.class),
    WMS_COMMIT("wms.commit", StockCommitRequest.class, StockMovementResult.class),
    PAYMENT_CREATE("payment.create", PaymentRequest.class, PaymentCreated.class),
    PAYMENT_REFUND("payment.refund", RefundRequest.class, RefundResult.class),
    ERP_POST_SALE("erp.post-sale", SaleRecord.class, ErpAcknowledgement.class),
    NOTIFY_CUSTOMER("notify.customer", CustomerNotification.class, NotificationReceipt.class);

    private final String portName;
    private final Class<?> requestType;
    private final Class<?> resultType;

    Port(String portName, Class<?> requestType, Class<?> resultType) {
        this.portName = portName;
        this.requestType = requestType;
        this.resultType = resultType;
    }

    /** The port's name as written in BPMN, for example {@code wms.reserve}. */
    public String portName() {
        return portName;
    }

    /** The system family a port belongs to, which selects the adapter: {@code wms}. */
    public String system() {
        return portName.substring(0, portName.indexOf('.'));
    }

    /** The action within the system: {@code reserve}. */
    public String action() {
        return portName.substring(portName.indexOf('.') + 1);
    }

    public String endpointUri() {
        return "direct:" + portName;
    }

    public Class<?> requestType() {
        return requestType;
    }

    public Class<?> resultType() {
        return resultType;
    }

    public static Optional<Port> byName(String portName) {
        return Arrays.stream(values()).filter(p -> p.portName.equals(portName)).findFirst();
    }
}
