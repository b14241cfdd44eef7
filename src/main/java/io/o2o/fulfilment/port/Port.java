package io.o2o.fulfilment.port;

/**
 * The catalogue of outbound ports, each addressed by system and action. A port named
 * {@code wms.reserve} is served at {@code direct:wms.reserve}, which forwards to the endpoint
 * {@code direct:<adapter>-reserve} of the adapter chosen for the order. Actions are unique across
 * systems, so an adapter's endpoint names its port without ambiguity.
 */
public enum Port {

    /** Takes {@link StockReservationRequest}. */
    WMS_RESERVE("wms.reserve", StockReservationResult.class),
    /** Takes {@link StockReleaseRequest}. */
    WMS_RELEASE("wms.release", StockMovementResult.class),
    /** Takes {@link StockCommitRequest}. */
    WMS_COMMIT("wms.commit", StockMovementResult.class),
    /** Takes {@link StockAvailabilityRequest}. */
    WMS_AVAILABILITY("wms.availability", StockAvailability.class),
    /** Takes {@link StockRestockRequest}. */
    WMS_RESTOCK("wms.restock", StockMovementResult.class),
    /** Takes {@link PaymentRequest}. */
    PAYMENT_CREATE("payment.create", PaymentCreated.class),
    /** Takes {@link CaptureRequest}. */
    PAYMENT_CAPTURE("payment.capture", CaptureResult.class),
    /** Takes {@link VoidRequest}. */
    PAYMENT_VOID("payment.void", VoidResult.class),
    /** Takes {@link RefundRequest}. */
    PAYMENT_REFUND("payment.refund", RefundResult.class),
    /** Takes {@link PaymentStatusRequest}. */
    PAYMENT_QUERY("payment.query", PaymentStatus.class),
    /** Takes {@link SaleRecord}. */
    ERP_POST_SALE("erp.post-sale", ErpAcknowledgement.class),
    /** Takes {@link ParcelQuoteRequest}. */
    CARRIER_QUOTE("carrier.quote", ParcelQuote.class),
    /** Takes {@link ParcelBookingRequest}. */
    CARRIER_BOOK("carrier.book", ParcelBooking.class),
    /** Takes {@link ParcelChangeRequest}. */
    CARRIER_CANCEL("carrier.cancel", ParcelChange.class),
    /** Takes {@link ParcelChangeRequest}. */
    CARRIER_RETURN("carrier.return", ParcelChange.class),
    /** Takes {@link ParcelTrackRequest}. */
    CARRIER_TRACK("carrier.track", ParcelTracking.class),
    /** Takes {@link CustomerNotification}. */
    NOTIFY_CUSTOMER("notify.customer", NotificationReceipt.class);

    private final String portName;
    private final Class<? extends PortResult> resultType;

    Port(String portName, Class<? extends PortResult> resultType) {
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

    /** The endpoint of an adapter serving this port: {@code direct:momo-create}. */
    public String adapterEndpointUri(String adapter) {
        return "direct:" + adapter + "-" + action();
    }

    /** The port named in a model, for example {@code wms.reserve}. */
    public static Port named(String portName) {
        for (Port port : values()) {
            if (port.portName.equals(portName)) {
                return port;
            }
        }
        throw new IllegalArgumentException("No port named '" + portName + "'");
    }

    public Class<? extends PortResult> resultType() {
        return resultType;
    }
}
