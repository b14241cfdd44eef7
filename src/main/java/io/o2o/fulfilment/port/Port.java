package io.o2o.fulfilment.port;

/**
 * The catalogue of outbound ports. A port named {@code wms.reserve} is served at
 * {@code direct:wms.reserve}, which forwards to the configured adapter's endpoint
 * {@code direct:<adapter>-reserve}.
 */
public enum Port {

    /** Takes {@link StockReservationRequest}. */
    WMS_RESERVE("wms.reserve", StockReservationResult.class),
    /** Takes {@link StockReleaseRequest}. */
    WMS_RELEASE("wms.release", StockMovementResult.class),
    /** Takes {@link StockCommitRequest}. */
    WMS_COMMIT("wms.commit", StockMovementResult.class),
    /** Takes {@link PaymentRequest}. */
    PAYMENT_CREATE("payment.create", PaymentCreated.class),
    /** Takes {@link RefundRequest}. */
    PAYMENT_REFUND("payment.refund", RefundResult.class),
    /** Takes {@link SaleRecord}. */
    ERP_POST_SALE("erp.post-sale", ErpAcknowledgement.class),
    /** Takes {@link CustomerNotification}. */
    NOTIFY_CUSTOMER("notify.customer", NotificationReceipt.class);

    private final String portName;
    private final Class<?> resultType;

    Port(String portName, Class<?> resultType) {
        this.portName = portName;
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

    public Class<?> resultType() {
        return resultType;
    }
}
